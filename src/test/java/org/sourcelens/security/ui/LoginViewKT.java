package org.sourcelens.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;

/** What the login page says after Spring Security sent a failed sign-in back to it. */
class LoginViewKT extends KaribuTest {

    private static void open(String query) {
        UI.getCurrent().navigate(LoginView.ROUTE, QueryParameters.fromString(query));
    }

    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_wrong_password_shows_the_usual_error() {
        open("error");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).doesNotContain("Too many failed attempts");
    }

    @Test
    void a_throttled_account_is_told_how_long_to_wait() {
        open("error&retry-after=8");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Too many failed attempts; try again in 8 seconds.");
    }

    @Test
    void a_nonsense_wait_is_ignored() {
        open("error&retry-after=%3Cscript%3E");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).doesNotContain("Too many failed attempts");
    }

    @Test
    void a_first_visit_shows_no_error() {
        navigate("login");

        assertThat(_get(LoginForm.class).isError()).isFalse();
    }
}
