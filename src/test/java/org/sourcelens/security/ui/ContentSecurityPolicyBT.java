package org.sourcelens.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.ServerSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The app in a real browser under its Content-Security-Policy: the pages work (web components render,
 * clicks reach the server, push connects) and the browser refuses nothing. Refusals are caught two
 * ways: the browser's console, where Chromium reports every refused script, style, image or
 * connection, and a {@code securitypolicyviolation} listener installed before any script of the page
 * runs.
 */
class ContentSecurityPolicyBT extends BrowserTest {

    private static final String DEMO_PASSWORD = "demo-pass-2026";

    @Autowired
    WebServerApplicationContext context;

    /** Installed once for the browser: runs on every page before the page's own scripts. */
    @BeforeAll
    static void watchEveryPage() {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                {
                    window.cspViolations = [];
                    document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(
                        e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
                    window.openedSockets = [];
                    const NativeWebSocket = window.WebSocket;
                    window.WebSocket = class extends NativeWebSocket {
                        constructor(...args) { super(...args); window.openedSockets.push(this); }
                    };
                }
                """));
    }

    @BeforeEach
    void freshSession() {
        driver.manage().deleteAllCookies();
        resize(1280, 1000);
        browserConsole();
    }

    @Test
    void an_instructor_works_through_the_app_without_the_browser_refusing_anything() {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        assertNothingRefusedOn("the login page");

        signIn("teacher", DEMO_PASSWORD);
        waitForUrlContaining("/teach");
        waitFor(By.linkText("Media literacy (demo class)")).click();
        waitFor(By.id("class-title"));
        assertNothingRefusedOn("the class page");

        String reading = waitFor(By.cssSelector("#reading-list a[href^='read/']")).getDomAttribute("href");
        waitFor(By.linkText("class dashboard")).click();
        waitFor(By.id("dashboard-counts"));
        assertThat(driver.findElement(By.id("count-not-started")).getText()).matches("\\d+");
        assertNothingRefusedOn("the class dashboard");

        open(reading);
        waitFor(By.id("article-title"));
        waitFor(By.id("reading-now"));
        waitForPushOverAWebSocket();
        assertNothingRefusedOn("the reader");

        clickSignOut();
        waitForUrlContaining("/login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        assertNothingRefusedOn("signing out");
    }

    @Test
    void the_check_sees_what_the_policy_refuses() {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        script("""
                const image = document.createElement('img');
                image.src = 'https://tracker.example/pixel.png';
                document.body.append(image);
                """);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !violations().isEmpty());
        assertThat(violations()).anySatisfy(violation -> assertThat(violation)
                .startsWith("img-src refused https://tracker.example/pixel.png"));
        assertThat(refusalsInConsole()).anySatisfy(message -> assertThat(message)
                .contains("tracker.example/pixel.png").contains("Content Security Policy"));
    }

    @Test
    void signing_out_in_the_app_ends_the_session_on_the_server() throws Exception {
        signIn("amira", DEMO_PASSWORD);
        waitForUrlContaining("/classes");
        waitFor(By.id("current-user-name"));
        String sessionId = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(statusOfClassesPageWith(sessionId)).isEqualTo(200);

        clickSignOut();
        waitForUrlContaining("/login");

        assertThat(driver.manage().getCookieNamed("JSESSIONID")).satisfiesAnyOf(
                cookie -> assertThat(cookie).isNull(),
                cookie -> assertThat(cookie.getValue()).isNotEqualTo(sessionId));
        assertThat(ServerSessions.find(context, sessionId)).isEmpty();
        assertThat(statusOfClassesPageWith(sessionId)).isEqualTo(302);
    }

    /** A script click: in development mode Vaadin's Copilot button lies over the navbar's corner. */
    private static void clickSignOut() {
        script("arguments[0].click()", waitFor(By.id("sign-out")));
    }

    private void assertNothingRefusedOn(String page) {
        assertThat(refusalsInConsole()).as("refusals in the console on %s", page).isEmpty();
        assertThat(violations()).as("securitypolicyviolation events on %s", page).isEmpty();
    }

    private static List<String> refusalsInConsole() {
        List<LogEntry> entries = browserConsole();
        entries.stream().filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .forEach(entry -> System.out.println("browser console: " + entry));
        return entries.stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        return (List<String>) script("return window.cspViolations || []");
    }

    /** Push connected over a WebSocket to this origin, not a long-polling fallback. */
    private static void waitForPushOverAWebSocket() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) script("""
                return window.openedSockets.some(s => s.url.startsWith('ws://' + location.host + '/')
                        && s.url.includes('v-uiId') && s.readyState === WebSocket.OPEN);
                """));
    }

    private int statusOfClassesPageWith(String sessionId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/classes"))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
