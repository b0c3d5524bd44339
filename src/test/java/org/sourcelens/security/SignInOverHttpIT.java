package org.sourcelens.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.MutableClock;
import org.sourcelens.MutableClockConfiguration;
import org.sourcelens.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The login throttle and ending sessions, against the running app over real HTTP: the form post
 * that Vaadin's login form makes, with every client keeping its own cookies, all from one address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:sourcelens-signin;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(MutableClockConfiguration.class)
class SignInOverHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    /** One browser: its own cookie jar; redirects are looked at, not followed. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        /** Posts the login form; returns where the app sends the browser next: a page, or back to the login. */
        String signIn(String username, String password) throws IOException, InterruptedException {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            return path(response);
        }

        /** Opens a signed-in page: true if it is served, false if the app sends the browser to the login. */
        boolean isSignedIn() throws IOException, InterruptedException {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri("/account/password")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return true;
            }
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(path(response)).isEqualTo("/login");
            return false;
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }

        private String path(HttpResponse<Void> response) {
            URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
            String path = location.getRawPath();
            return location.getRawQuery() == null ? path : path + "?" + location.getRawQuery();
        }
    }

    @AfterEach
    void signOutTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void the_login_page_is_our_vaadin_view_not_springs_generated_form() throws Exception {
        String page = new Browser().get("/login");

        assertThat(page).doesNotContain("Please sign in").containsIgnoringCase("vaadin");
    }

    @Test
    void wrong_passwords_on_one_account_throttle_it_but_not_another_account_from_the_same_address()
            throws Exception {
        String target = testAccounts.student().username();
        String bystander = testAccounts.student().username();
        Browser attacker = new Browser();

        assertThat(attacker.signIn(target, "guess-one-1")).isEqualTo("/login?error");
        assertThat(attacker.signIn(target.toUpperCase(), "guess-two-2")).isEqualTo("/login?error");
        assertThat(attacker.signIn(target, "guess-three-3")).isEqualTo("/login?error");

        Browser owner = new Browser();
        assertThat(owner.signIn(target, TestAccounts.PASSWORD))
                .as("even the right password is refused while throttled")
                .isEqualTo("/login?error&retry-after=1");
        assertThat(owner.isSignedIn()).isFalse();

        assertThat(attacker.signIn(bystander, TestAccounts.PASSWORD)).doesNotStartWith("/login");
        assertThat(attacker.isSignedIn()).as("another account signs in from the same client").isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(owner.signIn(target, TestAccounts.PASSWORD)).doesNotStartWith("/login");
        assertThat(owner.isSignedIn()).isTrue();
    }

    @Test
    void the_wait_grows_with_each_failure_and_the_login_page_is_told_how_long() throws Exception {
        String target = testAccounts.student().username();
        Browser attacker = new Browser();
        for (int i = 0; i < 3; i++) {
            attacker.signIn(target, "wrong-password-" + i);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(attacker.signIn(target, "wrong-password-3")).isEqualTo("/login?error");
        assertThat(attacker.signIn(target, "wrong-password-4")).isEqualTo("/login?error&retry-after=2");
        clock.advance(Duration.ofSeconds(2));
        assertThat(attacker.signIn(target, "wrong-password-5")).isEqualTo("/login?error");
        assertThat(attacker.signIn(target, "wrong-password-6")).isEqualTo("/login?error&retry-after=4");
    }

    @Test
    void a_password_change_ends_the_accounts_other_sessions_on_their_next_request() throws Exception {
        AccountSummary student = testAccounts.student();
        Browser laptop = new Browser();
        Browser phone = new Browser();
        assertThat(laptop.signIn(student.username(), TestAccounts.PASSWORD)).doesNotStartWith("/login");
        assertThat(phone.signIn(student.username(), TestAccounts.PASSWORD)).doesNotStartWith("/login");
        Browser classmate = new Browser();
        AccountSummary other = testAccounts.student();
        assertThat(classmate.signIn(other.username(), TestAccounts.PASSWORD)).doesNotStartWith("/login");

        testAccounts.signInAs(student.username());
        accounts.changePassword(TestAccounts.PASSWORD, "plum-harbour-violin");

        assertThat(phone.isSignedIn()).isFalse();
        assertThat(laptop.isSignedIn()).isFalse();
        assertThat(classmate.isSignedIn()).isTrue();
        assertThat(phone.signIn(student.username(), "plum-harbour-violin")).doesNotStartWith("/login");
        assertThat(phone.isSignedIn()).isTrue();
    }

    @Test
    void an_admin_reset_ends_the_users_sessions() throws Exception {
        AccountSummary student = testAccounts.student();
        Browser browser = new Browser();
        assertThat(browser.signIn(student.username(), TestAccounts.PASSWORD)).doesNotStartWith("/login");

        testAccounts.signInAs(testAccounts.admin().username());
        String password = accounts.resetPassword(student.id());

        assertThat(browser.isSignedIn()).isFalse();
        assertThat(browser.signIn(student.username(), TestAccounts.PASSWORD)).isEqualTo("/login?error");
        assertThat(browser.signIn(student.username(), password)).doesNotStartWith("/login");
    }
}
