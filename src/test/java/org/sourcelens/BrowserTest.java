package org.sourcelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real headless Chromium against the app on a random port, with the demo content. Uses Debian's
 * chromium and chromedriver (installed by .ci/run), never Selenium Manager's download.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:sourcelens-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
public abstract class BrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = launchBrowser();
    }

    /** Starts a further headless Chromium with a profile of its own (a second student, say); the caller quits it. */
    public static WebDriver launchBrowser() throws IOException {
        Path profile = Files.createTempDirectory("sourcelens-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sourcelens.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("sourcelens.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Every browser test also proves that the app runs under its Content-Security-Policy: Chromium
     * reports each script, style, image or connection it refused in the console.
     */
    @AfterEach
    void browserRefusedNothing() {
        assertThat(browserConsole()).extracting(LogEntry::getMessage)
                .filteredOn(message -> message.contains("Content Security Policy"))
                .as("content the browser refused under the Content-Security-Policy")
                .isEmpty();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected void open(String path) {
        open(driver, path);
    }

    protected void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + "/" + path);
    }

    protected static WebElement waitFor(By locator) {
        return waitFor(driver, locator);
    }

    protected static WebElement waitFor(WebDriver browser, By locator) {
        return new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected static void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.urlContains(fragment));
    }

    protected static void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    protected static Object script(String javascript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** What the browser wrote to its console (including refused content) since the last call. */
    protected static List<LogEntry> browserConsole() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    protected static Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Selects a phrase with a real mouse drag: presses just inside its first character and releases
     * just inside its last one, the way a reader does it.
     */
    @SuppressWarnings("unchecked")
    protected static void dragSelect(String containerSelector, String phrase) {
        java.util.Map<String, Object> box = (java.util.Map<String, Object>) script("""
                const container = document.querySelector(arguments[0]);
                const phrase = arguments[1];
                const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode()) && !node.textContent.includes(phrase)) { }
                node.parentElement.scrollIntoView({block: 'center'});
                const start = node.textContent.indexOf(phrase);
                const rect = (from) => { const r = document.createRange(); r.setStart(node, from);
                    r.setEnd(node, from + 1); return r.getBoundingClientRect(); };
                const first = rect(start);
                const last = rect(start + phrase.length - 1);
                return {x1: Math.ceil(first.left + 1), y1: Math.round((first.top + first.bottom) / 2),
                        x2: Math.floor(last.right - 1), y2: Math.round((last.top + last.bottom) / 2)};
                """, containerSelector, phrase);
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToLocation(((Number) box.get("x1")).intValue(), ((Number) box.get("y1")).intValue())
                .clickAndHold()
                .moveToLocation(((Number) box.get("x2")).intValue(), ((Number) box.get("y2")).intValue())
                .release()
                .perform();
    }

    /**
     * Runs axe-core on the page as it is now (leaving out Vaadin's development-mode tools, which are
     * not part of the app) and fails with every serious or critical violation listed: rule, impact,
     * help text and the offending elements. The axe-core script is the copy bundled in Deque's
     * {@code com.deque.html.axe-core:selenium} jar, so nothing is fetched at test time.
     */
    protected static void assertNoSeriousAxeViolations(WebDriver browser, String context) {
        assertThat(seriousAxeViolations(browser)).as("serious or critical axe-core violations on %s", context)
                .isEmpty();
    }

    /** The serious and critical axe-core violations on the page, one readable line per rule and element. */
    @SuppressWarnings("unchecked")
    protected static List<String> seriousAxeViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource());
        }
        browser.manage().timeouts().scriptTimeout(TIMEOUT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const DEV_TOOLS = [['copilot-main'], ['vaadin-dev-tools']];
                axe.run({exclude: DEV_TOOLS}, {resultTypes: ['violations']})
                    .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                            + JSON.stringify(n.target) + ' ' + n.failureSummary.replace(/\s+/g, ' ')
                            + ' | ' + n.html.substring(0, 160)))))
                    .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    /**
     * What a screen-reader user navigates by: exactly one main landmark, a navigation landmark where
     * the frame is shown, exactly one h1 and no skipped heading levels (shadow DOM included, hidden
     * elements left out). Returns the problems found, empty when the outline is sound.
     */
    @SuppressWarnings("unchecked")
    protected static List<String> outlineProblems(WebDriver browser, boolean expectNavigation) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const expectNavigation = arguments[0];
                const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                const all = [];
                const walk = root => {
                  for (const e of root.children) {
                    if (e.localName === 'copilot-main' || e.localName === 'vaadin-dev-tools') continue;
                    all.push(e);
                    if (e.shadowRoot) walk(e.shadowRoot);
                    walk(e);
                  }
                };
                walk(document.body);
                const hidden = e => { for (let x = e; x; x = x.parentElement || (x.getRootNode() && x.getRootNode().host)) {
                    if (x.getAttribute && x.getAttribute('aria-hidden') === 'true') return true; } return false; };
                const shown = all.filter(e => visible(e) && !hidden(e));
                const problems = [];
                const role = (e, tag, name) => e.getAttribute('role') === name
                    || (e.localName === tag && !e.hasAttribute('role'));
                const mains = shown.filter(e => role(e, 'main', 'main'));
                if (mains.length !== 1) problems.push(mains.length + ' main landmarks');
                if (expectNavigation && !shown.some(e => role(e, 'nav', 'navigation')))
                  problems.push('no navigation landmark');
                const levels = shown.map(e => /^h[1-6]$/.test(e.localName) && !e.hasAttribute('role')
                        ? Number(e.localName[1])
                        : e.getAttribute('role') === 'heading' ? Number(e.getAttribute('aria-level') || 2) : 0)
                    .filter(l => l > 0);
                const ones = levels.filter(l => l === 1).length;
                if (ones !== 1) problems.push(ones + ' h1 headings: ' + shown.filter(e => e.localName === 'h1'
                    || (e.getAttribute('role') === 'heading' && e.getAttribute('aria-level') === '1'))
                    .map(e => e.textContent.trim().substring(0, 40)).join(' | '));
                let previous = 0;
                levels.forEach((level, i) => { if (level > previous + 1) problems.push('heading level ' + level
                    + ' after ' + (previous || 'none') + ': ' + shown.filter(e => /^h[1-6]$/.test(e.localName)
                    || e.getAttribute('role') === 'heading')[i].textContent.trim().substring(0, 60));
                    previous = level; });
                return problems;
                """, expectNavigation);
    }

    /** Makes the browser report a dark (or light) operating-system colour scheme, as a user's setting would. */
    protected static void prefersDarkColorScheme(WebDriver browser, boolean dark) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    private static String axeSource() {
        try (var in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the real login form. */
    protected void signIn(String username, String password) {
        signIn(driver, username, password);
    }

    protected void signIn(WebDriver browser, String username, String password) {
        open(browser, "login");
        WebElement user = waitFor(browser, By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.sendKeys(password);
        secret.sendKeys(org.openqa.selenium.Keys.ENTER);
    }
}
