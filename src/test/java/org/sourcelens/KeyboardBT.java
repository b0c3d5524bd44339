package org.sourcelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test that moves only with the keyboard: key presses go to whatever has the focus (no
 * clicks). Every Tab stop must show that it has the focus, and the focus must keep moving.
 */
public abstract class KeyboardBT extends BrowserTest {

    /** What the page looked like when the test ended, passed or not (target/screenshots). */
    @org.junit.jupiter.api.AfterEach
    void lastScreen(org.junit.jupiter.api.TestInfo test) {
        screenshot("keyboard-end-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
    }

    /** Finds the element with the focus through shadow roots, and what lies around it. */
    private static final String FOCUS = """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            const up = (e) => e.parentElement || (e.getRootNode && e.getRootNode().host) || null;
            const within = (selector) => { for (let e = el; e; e = up(e)) { if (e.matches && e.matches(selector)) return true; } return false; };
            const shows = (e, pseudo) => { const s = getComputedStyle(e, pseudo);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                    || (!!s.boxShadow && s.boxShadow !== 'none'); };
            """;

    private static final String STOP = FOCUS + """
            const selector = arguments[0];
            if (!el || el === document.body || el === document.documentElement) {
                const wrapped = window.__slFocus === 'body';
                window.__slFocus = 'body';
                return {body: true, moved: !wrapped, indicator: true, match: false, where: 'body'};
            }
            let indicator = shows(el) || shows(el, '::before') || shows(el, '::after');
            // A dialog that has the focus itself draws the ring on its overlay part, in its shadow root.
            const parts = (root, depth) => !root || depth > 3 ? [] : [...root.querySelectorAll('[part~="overlay"]'),
                ...[...root.querySelectorAll('*')].flatMap(c => parts(c.shadowRoot, depth + 1))];
            indicator = indicator || parts(el.shadowRoot, 0).some(p => shows(p));
            for (let e = el, i = 0; !indicator && e && i < 6; e = up(e), i++) {
                if (e.hasAttribute && (e.hasAttribute('focus-ring') || e.hasAttribute('focus-visible'))) indicator = true;
            }
            const moved = window.__slFocus !== el;
            window.__slFocus = el;
            const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.getAttribute('slot') ? '[slot=' + e.getAttribute('slot') + ']' : '');
            let where = name(el);
            for (let e = up(el), i = 0; e && i < 4; e = up(e), i++) where += ' < ' + name(e);
            where += ' "' + (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
            return {body: false, moved, indicator, match: !!selector && within(selector), where};
            """;

    /** Presses Tab until the focus is within an element matching the selector, checking every stop on the way. */
    protected static void tabTo(String selector) {
        travel(selector, false);
    }

    /** Like {@link #tabTo}, backwards with Shift+Tab. */
    protected static void tabBackTo(String selector) {
        travel(selector, true);
    }

    @SuppressWarnings("unchecked")
    private static void travel(String selector, boolean backwards) {
        script("window.__slFocus = null");
        StringBuilder path = new StringBuilder();
        for (int step = 0; step < 120; step++) {
            if (backwards) {
                new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                new Actions(driver).sendKeys(Keys.TAB).perform();
            }
            Map<String, Object> stop = waitForIndicator(selector);
            path.append("\n  ").append(stop.get("where"));
            assertThat((Boolean) stop.get("moved")).as("Tab moves the focus on (stuck at %s); path:%s",
                    stop.get("where"), path).isTrue();
            assertThat((Boolean) stop.get("indicator")).as("visible focus indicator on %s", stop.get("where"))
                    .isTrue();
            if (Boolean.TRUE.equals(stop.get("match"))) {
                return;
            }
        }
        throw new AssertionError("No Tab stop reaches " + selector + "; path:" + path);
    }

    /** Vaadin sets its focus-ring a moment after the focus arrives: give it that moment before judging. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> waitForIndicator(String selector) {
        Map<String, Object> stop = (Map<String, Object>) script(STOP, selector);
        Object moved = stop.get("moved");
        for (int i = 0; i < 10 && !Boolean.TRUE.equals(stop.get("indicator")); i++) {
            sleep(100);
            stop = new java.util.HashMap<>((Map<String, Object>) script(STOP, selector));
            stop.put("moved", moved);
        }
        return stop;
    }

    /** Whether the focus is now within an element matching the selector. */
    protected static boolean focusWithin(String selector) {
        return Boolean.TRUE.equals(script(FOCUS + "return !!el && within(arguments[0]);", selector));
    }

    /** Waits until the focus is within an element matching the selector (after an action moved it). */
    protected static void waitForFocusWithin(String selector) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> focusWithin(selector));
    }

    /** Describes where the focus is, for messages. */
    protected static String focusedElement() {
        return String.valueOf(script(FOCUS + """
                if (!el) return 'nothing';
                return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' in ' + (up(el) ? up(el).tagName : '');
                """));
    }

    /** Asserts that the focus is on an element of the page, not dropped to the document body. */
    protected static void assertFocusKept(String after) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !Boolean.TRUE.equals(script(FOCUS
                + "return !el || el === document.body || !el.isConnected;")));
        assertThat(focusedElement()).as("focus after %s", after).doesNotStartWith("body");
    }

    protected static void press(CharSequence... keys) {
        Actions actions = new Actions(driver);
        for (CharSequence key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    protected static void pressShift(CharSequence key) {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).perform();
    }

    /** Types text into whatever has the focus. */
    protected static void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    protected static String textOf(String cssSelector) {
        return String.valueOf(script("const e = document.querySelector(arguments[0]); return e ? e.textContent : ''",
                cssSelector));
    }

    protected static void waitForText(String cssSelector, String contained) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> textOf(cssSelector).contains(contained));
    }

    protected static void until(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in through the login form with the keyboard alone. */
    protected void signInByKeyboard(String username, String password) {
        driver.manage().deleteAllCookies();
        open("login");
        waitFor(org.openqa.selenium.By.cssSelector("vaadin-login-form input[name='username']"));
        if (!focusWithin("input[name='username']")) {
            tabTo("input[name='username']");
        }
        type(username);
        tabTo("input[name='password']");
        type(password);
        press(Keys.ENTER);
    }
}
