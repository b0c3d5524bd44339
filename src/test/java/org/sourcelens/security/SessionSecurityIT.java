package org.sourcelens.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcelens.ServerSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions, cookies and security headers, over real HTTP against the running app (no browser, so
 * every header and cookie is seen exactly as sent). Same context as the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:sourcelens-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class SessionSecurityIT {

    private static final String USERNAME = "teacher";
    private static final String PASSWORD = "demo-pass-2026";
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        String signedIn = signIn();
        List<HttpResponse<String>> responses = List.of(
                get("login", null),
                get("", null),
                get("styles.css", null),
                get("VAADIN/static/push/vaadinPush.js", null),
                get("teach", signedIn),
                get("no-such-page", signedIn),
                postForm("login", null, "username=" + USERNAME + "&password=wrong"));
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 302, 200, 200, 200, 403, 302);
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.headers().allValues("X-Content-Type-Options")).as(response.uri().toString())
                    .containsExactly("nosniff");
            assertThat(response.headers().allValues("X-Frame-Options")).as(response.uri().toString())
                    .containsExactly("DENY");
            assertThat(response.headers().allValues("Referrer-Policy")).as(response.uri().toString())
                    .containsExactly("same-origin");
            assertThat(response.headers().allValues("Content-Security-Policy")).as(response.uri().toString())
                    .containsExactly(SecurityConfig.CONTENT_SECURITY_POLICY);
        });
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'",
                "default-src 'self'", "connect-src 'self'", "base-uri 'self'", "form-action 'self'");
    }

    @Test
    void a_signed_in_page_is_never_stored_by_the_browser_or_a_proxy() throws Exception {
        HttpResponse<String> page = get("teach", signIn());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_its_id_never_appears_in_a_url() throws Exception {
        HttpResponse<String> login = get("login", null);
        assertThat(sessionCookie(login)).contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");

        HttpResponse<String> redirect = get("teach", null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login");
    }

    @Test
    void behind_a_proxy_that_terminated_https_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> login = send(request("login", null).header("X-Forwarded-Proto", "https").GET());
        assertThat(sessionCookie(login)).contains("; Secure").contains("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> redirect = send(request("teach", null).header("X-Forwarded-Proto", "https").GET());
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("https://"));
    }

    @Test
    void signing_in_issues_a_new_session_id_and_the_old_one_grants_nothing() throws Exception {
        String before = sessionId(get("login", null));

        HttpResponse<String> login = postForm("login", before, credentials());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        String after = sessionId(login);

        assertThat(after).isNotEqualTo(before);
        assertThat(get("teach", after).statusCode()).isEqualTo(200);
        assertThat(get("teach", before).statusCode()).isEqualTo(302);
    }

    @Test
    void signing_out_ends_the_session() throws Exception {
        String session = signIn();
        HttpResponse<String> page = get("teach", session);
        assertThat(page.statusCode()).isEqualTo(200);

        HttpResponse<String> logout = postForm("logout", session, "_csrf=" + csrfToken(page));
        assertThat(logout.statusCode()).isEqualTo(302);

        assertThat(ServerSessions.find(context, session)).isEmpty();
        HttpResponse<String> afterwards = get("teach", session);
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login");
    }

    @Test
    void another_site_cannot_sign_a_user_out_without_the_pages_token() throws Exception {
        String session = signIn();

        HttpResponse<String> forged = postForm("logout", session, "");
        assertThat(forged.statusCode()).isEqualTo(403);

        assertThat(get("teach", session).statusCode()).isEqualTo(200);
    }

    @Test
    void another_site_cannot_sign_a_user_in_with_a_form_of_its_own() throws Exception {
        String session = sessionId(get("login", null));
        HttpResponse<String> fromOrigin = send(request("login", session)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(credentials())));
        assertThat(fromOrigin.statusCode()).isEqualTo(403);
        HttpResponse<String> fromFetch = send(request("login", session)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(credentials())));
        assertThat(fromFetch.statusCode()).isEqualTo(403);
        assertThat(get("teach", session).statusCode()).isEqualTo(302);

        HttpResponse<String> sameSite = send(request("login", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(credentials())));
        assertThat(sameSite.statusCode()).isEqualTo(302);
        assertThat(sameSite.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("login"));
        assertThat(get("teach", sessionId(sameSite)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_session_expires_after_30_idle_minutes_by_default() throws Exception {
        String anonymous = sessionId(get("login", null));
        String signedIn = signIn();

        assertThat(ServerSessions.find(context, anonymous)).hasValueSatisfying(session ->
                assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60));
        assertThat(ServerSessions.find(context, signedIn)).hasValueSatisfying(session ->
                assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60));
    }

    /**
     * Signs in the way the login form does, and returns the session id of the signed-in session.
     * Vaadin exempts the login form's POST from Spring's CSRF token, because its LoginForm posts none.
     */
    private String signIn() throws IOException, InterruptedException {
        String session = sessionId(get("login", null));
        HttpResponse<String> login = postForm("login", session, credentials());
        assertThat(login.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        return sessionId(login);
    }

    private static String credentials() {
        return "username=" + USERNAME + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String sessionId) throws IOException, InterruptedException {
        return send(request(path, sessionId).GET());
    }

    private HttpResponse<String> postForm(String path, String sessionId, String form)
            throws IOException, InterruptedException {
        return send(request(path, sessionId).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpRequest.Builder request(String path, String sessionId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        return sessionId == null ? builder : builder.header("Cookie", "JSESSIONID=" + sessionId);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String sessionId(HttpResponse<?> response) {
        Matcher matcher = SESSION_COOKIE.matcher(sessionCookie(response));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String csrfToken(HttpResponse<String> page) {
        Matcher matcher = CSRF_TOKEN.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}
