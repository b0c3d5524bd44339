package org.sourcelens.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;

/**
 * A demo student in a headless Chromium of their own, writing one answer in an assignment's workspace:
 * the answer grows by a short, unique piece at a time (about 6 characters a save, so a long run stays
 * far below the 10,000-character limit). A text counts as acknowledged only when the question card's save state
 * says "Saved at …" for exactly that text (its {@code data-saved-text-hash}). The record of what was
 * acknowledged lives here, in the harness, not in the app that gets killed.
 */
final class AutosavingStudent implements AutoCloseable {

    static final String PASSWORD = "demo-pass-2026";
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SAVE_TIMEOUT = Duration.ofSeconds(20);

    final String username;
    private final WebDriver browser;
    private String workspace;
    private String card;
    private int typed;

    /** The latest text whose save the page confirmed (or that was read back after a restart). */
    private String acknowledged;
    private long acknowledgedAt;
    /**
     * The latest text typed. The answer only grows (each save appends), so every state the page may
     * have saved after the acknowledged one lies between the two: starts with the acknowledged text
     * and is a beginning of this one (typing saves intermediate states too).
     */
    private String typedText;

    AutosavingStudent(String username) throws IOException {
        this.username = username;
        this.browser = BrowserTest.launchBrowser();
        // Wide enough for the workspace to show the article and the questions side by side.
        browser.manage().window().setSize(new Dimension(1280, 900));
    }


    /**
     * Signs in, opens the first assignment's workspace and returns the written answer it shows, that
     * is, what the database holds for this student.
     */
    String openWorkspace(String baseUrl) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> !d.getCurrentUrl().contains("/login"));
        if (workspace == null) {
            browser.get(baseUrl + "assignments");
            workspace = waitFor(By.cssSelector("#assignment-list a.card-title")).getDomAttribute("href");
        }
        browser.get(baseUrl + workspace);
        waitFor(By.cssSelector("section.question-card .question-input vaadin-text-area"));
        if (card == null) {
            card = (String) script(
                    "return document.querySelector('section.question-card .question-input vaadin-text-area')"
                    + ".closest('section.question-card').id");
        }
        return (String) script(
                "return document.querySelector('#' + arguments[0] + ' .question-input vaadin-text-area').value", card);
    }

    /** After a (re)start: what the database holds is the new baseline. */
    void startFrom(String stored) {
        acknowledged = stored;
        acknowledgedAt = 0;
        typedText = stored;
    }

    /**
     * Appends a new, unique piece to the answer, waits for the page to confirm exactly the whole text,
     * and repeats until told to stop. Returns the number of acknowledged saves.
     */
    int autosaveUntil(BooleanSupplier stop, int cycle) {
        int saves = 0;
        WebElement input = browser.findElement(
                By.cssSelector("#" + card + " .question-input vaadin-text-area textarea"));
        while (!stop.getAsBoolean()) {
            typed++;
            String piece = (typedText.isEmpty() ? username + ":" : "") + " c" + cycle + "d" + typed;
            typedText = typedText + piece;
            try {
                input.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), piece);
            } catch (RuntimeException browserTrouble) {
                return saves;
            }
            if (awaitConfirmation(typedText, stop)) {
                acknowledged = typedText;
                acknowledgedAt = System.nanoTime();
                saves++;
            }
        }
        return saves;
    }

    /**
     * Whether what the database holds after a kill is the acknowledged text or a later state of the
     * answer (typed after it, its confirmation cut off by the kill). Anything else is a lost save.
     */
    boolean keeps(String stored) {
        return stored.equals(acknowledged) || stored.startsWith(acknowledged) && typedText.startsWith(stored);
    }

    private boolean awaitConfirmation(String text, BooleanSupplier stop) {
        String expected = Integer.toHexString(text.hashCode());
        long deadline = System.nanoTime() + SAVE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Object shown = script("const s = document.querySelector('#' + arguments[0] + ' .save-state');"
                    + " return s && s.textContent.startsWith('Saved at')"
                    + " ? s.getAttribute('data-saved-text-hash') : null;",
                    card);
            if (expected.equals(shown)) {
                return true;
            }
            if (stop.getAsBoolean()) {
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    String acknowledged() {
        return acknowledged;
    }

    long acknowledgedAt() {
        return acknowledgedAt;
    }

    /** For a failed run: what this student's browser shows now. */
    void screenshot(Path file) {
        try {
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.out.println("No screenshot of " + username + "'s browser: " + e);
        }
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PAGE_TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
