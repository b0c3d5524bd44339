package org.sourcelens.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.base.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Passwords through the real service, the real login provider and the real session check: a
 * "session" here is a principal as it was signed in, which {@link CredentialsCheck} (the test that
 * {@link StaleSessionFilter} makes on every request) either still accepts or not.
 */
@IntegrationTest
class AccountServiceIT {

    private static final String NEW_PASSWORD = "plum-harbour-violin";

    @Autowired
    AccountService accounts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    CredentialsCheck credentials;

    @Autowired
    ThrottledAuthenticationProvider login;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Authentication signIn(String username, String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void a_user_changes_their_password_and_every_session_signed_in_before_ends() {
        AccountSummary student = testAccounts.student();
        SourceLensUser thisSession = testAccounts.signInAs(student.username());
        SourceLensUser otherSession = testAccounts.principalOf(student.username());
        assertThat(credentials.isCurrent(otherSession)).isTrue();

        accounts.changePassword(TestAccounts.PASSWORD, NEW_PASSWORD);

        assertThat(credentials.isCurrent(otherSession)).isFalse();
        assertThat(credentials.isCurrent(thisSession)).isFalse();
        assertThat(credentials.isCurrent(testAccounts.principalOf(student.username())))
                .as("a sign-in after the change").isTrue();
        assertThatThrownBy(() -> signIn(student.username(), TestAccounts.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(student.username(), NEW_PASSWORD).getPrincipal()).isEqualTo(thisSession);
    }

    @Test
    void a_wrong_current_password_a_weak_new_one_or_the_same_again_change_nothing() {
        AccountSummary instructor = testAccounts.instructor();
        SourceLensUser session = testAccounts.signInAs(instructor.username());

        assertThatThrownBy(() -> accounts.changePassword("not-my-password", NEW_PASSWORD))
                .isInstanceOf(ValidationException.class).hasMessage("Your current password is not right.");
        assertThatThrownBy(() -> accounts.changePassword(TestAccounts.PASSWORD, "too-short"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> accounts.changePassword(TestAccounts.PASSWORD, "Qwertyuiop1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("common passwords");
        assertThatThrownBy(() -> accounts.changePassword(TestAccounts.PASSWORD, instructor.username()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> accounts.changePassword(TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .isInstanceOf(ValidationException.class).hasMessageContaining("same as the current");

        assertThat(credentials.isCurrent(session)).isTrue();
        assertThat(signIn(instructor.username(), TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void guessing_the_current_password_is_throttled_like_signing_in() {
        AccountSummary student = testAccounts.student();
        testAccounts.signInAs(student.username());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> accounts.changePassword("guess-" + System.nanoTime(), NEW_PASSWORD))
                    .hasMessage("Your current password is not right.");
        }

        assertThatThrownBy(() -> accounts.changePassword(TestAccounts.PASSWORD, NEW_PASSWORD))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Too many failed attempts");
        assertThatThrownBy(() -> signIn(student.username(), TestAccounts.PASSWORD))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void an_admin_resets_a_password_once_shown_and_the_users_sessions_end() {
        AccountSummary student = testAccounts.student();
        SourceLensUser studentSession = testAccounts.principalOf(student.username());
        testAccounts.signInAs(testAccounts.admin().username());

        String password = accounts.resetPassword(student.id());

        assertThat(password).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(credentials.isCurrent(studentSession)).isFalse();
        assertThatThrownBy(() -> signIn(student.username(), TestAccounts.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(student.username(), password).isAuthenticated()).isTrue();
        assertThat(accounts.resetPassword(student.id())).as("a new one each time").isNotEqualTo(password);
    }

    @Test
    void students_instructors_and_visitors_cannot_reset_passwords_or_list_users() {
        AccountSummary victim = testAccounts.student();
        for (AccountSummary caller : new AccountSummary[] {testAccounts.student(), testAccounts.instructor()}) {
            testAccounts.signInAs(caller.username());
            assertThatThrownBy(() -> accounts.resetPassword(victim.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.searchAccounts("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        }
        testAccounts.signOut();
        assertThatThrownBy(() -> accounts.resetPassword(victim.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changePassword(TestAccounts.PASSWORD, NEW_PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signIn(victim.username(), TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_admin_finds_accounts_by_part_of_the_username_or_name_ignoring_case() {
        AccountSummary student = testAccounts.student();
        testAccounts.signInAs(testAccounts.admin().username());
        String middle = student.username().substring(2, 10).toUpperCase();

        assertThat(accounts.searchAccounts(middle, 0, 50)).contains(student);
        assertThat(accounts.searchAccounts("Test " + student.username(), 0, 50)).containsExactly(student);
        assertThat(accounts.searchAccounts("%", 0, 50)).as("% is a character, not a wildcard").isEmpty();
        assertThat(accounts.searchAccounts("", 0, 2)).hasSize(2);
    }
}
