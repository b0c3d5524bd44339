package org.sourcelens.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.ServerSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An open tab that nobody uses is signed out after the session timeout, although its heartbeats
 * keep reaching the server. The timeout comes from the documented environment variable, set to
 * Tomcat's smallest (a minute), with a heartbeat every 5 seconds instead of every minute.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:sourcelens-idle;DB_CLOSE_DELAY=-1",
        "SOURCELENS_SESSION_TIMEOUT=1m",
        "vaadin.heartbeatInterval=5"})
class IdleSessionBT extends BrowserTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void an_open_tab_left_idle_for_the_session_timeout_is_signed_out_despite_its_heartbeats() throws Exception {
        driver.manage().deleteAllCookies();
        signIn("amira", "demo-pass-2026");
        waitForUrlContaining("/classes");
        waitFor(By.linkText("Media literacy (demo class)"));
        String sessionId = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(ServerSessions.find(context, sessionId)).hasValueSatisfying(session ->
                assertThat(session.getMaxInactiveInterval()).isEqualTo(60));

        long idleSince = System.currentTimeMillis();

        new WebDriverWait(driver, Duration.ofSeconds(55)).pollingEvery(Duration.ofSeconds(1))
                .until(d -> heartbeatsSent() >= 8);
        assertThat(ServerSessions.find(context, sessionId)).as("the HTTP session, kept in use by heartbeats")
                .hasValueSatisfying(session -> assertThat(session.getLastAccessedTime())
                        .isGreaterThan(idleSince + 25_000));

        new WebDriverWait(driver, Duration.ofSeconds(150)).pollingEvery(Duration.ofSeconds(2))
                .until(d -> ServerSessions.find(context, sessionId).isEmpty());
        assertThat(statusOfClassesPageWith(sessionId)).isEqualTo(302);
        driver.navigate().refresh();
        waitForUrlContaining("/login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
    }

    /** Heartbeats sent from the page now open (a reload starts the count over). */
    private static long heartbeatsSent() {
        return ((Number) script("""
                return performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=heartbeat')).length;
                """)).longValue();
    }

    private int statusOfClassesPageWith(String sessionId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/classes"))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
