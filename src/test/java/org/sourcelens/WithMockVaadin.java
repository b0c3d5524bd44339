package org.sourcelens;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For unit tests of single components, without Spring: the components read their texts from the
 * message bundle, which Vaadin serves through its service, so a mocked Vaadin runs around the class.
 */
public abstract class WithMockVaadin {

    @BeforeAll
    static void mockVaadin() {
        MockVaadin.setup();
    }

    @AfterAll
    static void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
