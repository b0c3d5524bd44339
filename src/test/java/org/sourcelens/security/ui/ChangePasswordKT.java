package org.sourcelens.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.security.Sessions;
import org.sourcelens.security.SourceLensUser;
import org.springframework.beans.factory.annotation.Autowired;

/** Changing one's own password from the account page, through the real service and sign-in. */
class ChangePasswordKT extends KaribuTest {

    @Autowired
    Sessions sessions;

    private void fill(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeat);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
    }

    private static String error() {
        return _get(Div.class, spec -> spec.withId("change-password-error")).getText();
    }

    @Test
    void a_student_changes_their_password_stays_signed_in_here_and_other_sessions_end() {
        String username = testAccounts.student().username();
        SourceLensUser otherDevice = testAccounts.principalOf(username);
        signInAs(username);
        navigate("classes");
        assertThat(_get(Anchor.class, spec -> spec.withId("change-password-link")).getHref())
                .isEqualTo("account/password");
        navigate("account/password");

        fill(TestAccounts.PASSWORD, "quiet-lantern-river", "quiet-lantern-river");

        assertThat(_get(Div.class, spec -> spec.withId("password-changed")).getText())
                .startsWith("Your password is changed.");
        assertThat(error()).isEmpty();
        assertThat(_get(PasswordField.class, spec -> spec.withId("current-password")).getValue()).isEmpty();
        assertThat(sessions.isCurrent(otherDevice)).as("the other device's session").isFalse();
        assertThat(sessions.currentSignInHolds()).as("this session, signed in again").isTrue();
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
    }

    @Test
    void a_wrong_current_password_or_a_common_new_one_is_explained_and_changes_nothing() {
        String username = testAccounts.instructor().username();
        SourceLensUser session = testAccounts.signInAs(username);
        navigate("account/password");

        fill("not-the-password", "quiet-lantern-river", "quiet-lantern-river");
        assertThat(error()).isEqualTo("Your current password is not right.");

        fill(TestAccounts.PASSWORD, "baseball2026", "baseball2026");
        assertThat(error()).contains("common passwords");

        fill(TestAccounts.PASSWORD, "quiet-lantern-river", "quiet-lantern-rivet");
        assertThat(error()).contains("differ");

        assertThat(_get(Div.class, spec -> spec.withId("password-changed")).getText()).isEmpty();
        assertThat(sessions.isCurrent(session)).isTrue();
    }

    @Test
    void a_visitor_is_sent_to_the_login() {
        navigate("account/password");

        assertThat(currentView()).isEqualTo(LoginView.class);
    }
}
