package org.sourcelens.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sourcelens.base.NotFoundException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** A failed action is explained by its most telling cause, and every explanation is in the bundle. */
class ActionErrorsTest {

    @Test
    void each_known_cause_has_its_own_message_even_when_wrapped() {
        assertThat(ActionErrors.messageKey(new RuntimeException(new OptimisticLockingFailureException("v"))))
                .isEqualTo("error.action.conflict");
        assertThat(ActionErrors.messageKey(new AccessDeniedException("no"))).isEqualTo("error.action.denied");
        assertThat(ActionErrors.messageKey(new IllegalStateException(new NotFoundException("gone"))))
                .isEqualTo("error.action.gone");
        assertThat(ActionErrors.messageKey(new DataAccessResourceFailureException("down")))
                .isEqualTo("error.action.database");
        assertThat(ActionErrors.messageKey(new NullPointerException())).isEqualTo("error.action.unexpected");
    }

    @Test
    void every_message_is_in_the_bundle_and_names_what_to_do() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : new String[] {"error.action.conflict", "error.action.denied", "error.action.gone",
                "error.action.database", "error.action.unexpected", "error.internal.text"}) {
            assertThat(bundle.getProperty(key)).as(key).isNotBlank().containsAnyOf("Reload", "try again");
        }
    }
}
