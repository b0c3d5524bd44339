package org.sourcelens.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcelens.KaribuTest;
import org.sourcelens.classroom.ui.RegistrationView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.Test;

class AnonymousAccessKT extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "classes", "teach", "classes/1", "teach/1", "read/1"})
    void anonymous_visitor_is_sent_to_the_login_page(String location) {
        navigate(location);

        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    @Test
    void anonymous_visitor_may_open_registration_from_the_login_page() {
        navigate("login");
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("register-link"))
                .getHref()).isEqualTo("register");

        navigate("register");
        assertThat(currentView()).isEqualTo(RegistrationView.class);
    }
}
