package org.sourcelens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The walk through two nodes that {@link TwoNodesBT} checks and {@code scripts/two-nodes} shows: two
 * demo students sign in through the proxy and land on different nodes, open the same reading, one
 * highlights a phrase, and the highlight appears live in the other's reader; both stay on their node.
 */
final class HighlightAcrossNodes {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PASSWORD = "demo-pass-2026";
    static final String PHRASE = "invasion of Iraq";

    private HighlightAcrossNodes() {
    }

    /** Runs the walk with two new browsers, telling {@code say} each step; fails with an assertion error. */
    static void walk(TwoNodes cluster, Supplier<WebDriver> browsers, Consumer<String> say) {
        try (Browser amira = new Browser(browsers.get(), cluster);
                Browser ben = new Browser(browsers.get(), cluster)) {
            String amirasNode = amira.signIn("amira", null);
            say.accept("amira signed in through the proxy and is served by " + amirasNode);
            String bensNode = ben.signIn("ben", amirasNode);
            say.accept("ben signed in through the proxy and is served by " + bensNode);
            assertThat(bensNode).as("the proxy spreads new visitors over both nodes").isNotEqualTo(amirasNode);

            String reading = ben.firstReading();
            ben.open(reading);
            ben.waitFor(By.id("highlight-panel"));
            amira.open(reading);
            amira.waitFor(By.id("highlight-panel"));
            say.accept("both opened " + reading + "; ben's page shows no highlight of “" + PHRASE + "” yet");
            assertThat(ben.peerHighlightsText()).doesNotContain(PHRASE);

            long made = System.nanoTime();
            amira.highlight(PHRASE);
            say.accept("amira highlighted “" + PHRASE + "” on " + amirasNode);

            new WebDriverWait(ben.driver, WAIT).until(d -> ben.peerHighlightsText().contains(PHRASE));
            say.accept("ben's reader on " + bensNode + " shows it, without a reload, "
                    + Duration.ofNanos(System.nanoTime() - made).toMillis() + " ms after amira's click returned");
            assertThat(ben.driver.findElements(By.cssSelector("#p1 mark.peer-highlight")))
                    .extracting(WebElement::getText).contains(PHRASE);
            assertThat(amira.node()).as("amira's session stays on its node").isEqualTo(amirasNode);
            assertThat(ben.node()).as("ben's session stays on its node").isEqualTo(bensNode);
            say.accept("both sessions stayed on their nodes");
        }
    }

    /** A student's browser that goes through the proxy. */
    private record Browser(WebDriver driver, TwoNodes cluster) implements AutoCloseable {

        void open(String path) {
            driver.get(cluster.proxyUrl() + path);
        }

        WebElement waitFor(By locator) {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        }

        String node() {
            Cookie cookie = driver.manage().getCookieNamed(TwoNodes.NODE_COOKIE);
            return cookie == null ? null : cookie.getValue();
        }

        /**
         * Signs in through the proxy's login page. With {@code otherThan}, a browser that the proxy
         * sent to that node starts again without cookies (the proxy's round robin then picks the
         * other node), so the walk does not depend on which node a first visit happens to reach.
         */
        String signIn(String username, String otherThan) {
            open("login");
            for (int attempt = 0; otherThan != null && otherThan.equals(node()) && attempt < 6; attempt++) {
                driver.manage().deleteAllCookies();
                open("login");
            }
            String node = node();
            assertThat(node).as("the proxy names the node that answered").isIn("node1", "node2");
            waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
            WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
            password.sendKeys(PASSWORD);
            password.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("/classes"));
            return node;
        }

        String firstReading() {
            waitFor(By.linkText("Media literacy (demo class)")).click();
            return waitFor(By.cssSelector("#reading-list a[href^='read/']")).getDomAttribute("href");
        }

        void highlight(String phrase) {
            ((JavascriptExecutor) driver).executeScript("""
                    const node = document.getElementById('p1').firstChild;
                    const start = node.textContent.indexOf(arguments[0]);
                    const range = document.createRange();
                    range.setStart(node, start);
                    range.setEnd(node, start + arguments[0].length);
                    window.getSelection().removeAllRanges();
                    window.getSelection().addRange(range);
                    """, phrase);
            new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("current-selection")).getText().contains(phrase));
            WebElement button = driver.findElement(By.id("highlight-selection"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#p1 mark.highlight")).isEmpty());
        }

        String peerHighlightsText() {
            Object text = ((JavascriptExecutor) driver).executeScript(
                    "const list = document.getElementById('peer-highlights'); return list ? list.textContent : '';");
            return String.valueOf(text);
        }

        @Override
        public void close() {
            driver.get("about:blank"); // leave the page, so the node closes the UI at once
            driver.quit();
        }
    }
}
