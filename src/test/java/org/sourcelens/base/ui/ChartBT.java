package org.sourcelens.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;

/** The Chart.js bar chart in a real browser: drawn, described in words, and readable as a table. */
class ChartBT extends BrowserTest {

    @Test
    void charts_are_drawn_name_every_bar_in_their_text_alternative_and_toggle_to_a_table() {
        resize(1024, 1100);
        open("test/chart");
        waitFor(By.id("answers-chart"));
        awaitDrawn("#answers-chart");
        awaitDrawn("#scores-chart");

        assertThat(canvasAttribute("#answers-chart", "role")).isEqualTo("img");
        assertThat(canvasAttribute("#answers-chart", "aria-label")).isEqualTo("Answers to question 1. Option A: 12 students, "
                + "Option B: 3 students (correct), Option C: 17 students (most chosen wrong answer), "
                + "Option D: 0 students");
        assertThat(canvasAttribute("#scores-chart", "aria-label")).startsWith("Scores on the quiz. 0–2 points: 4 students")
                .contains("9–10 points, with a label long enough to be shortened on the axis: 6 students");
        long horizontalHeight = (Long) script("return Math.round(document.querySelector('#scores-chart sl-bar-chart')"
                + ".getBoundingClientRect().height);");
        long verticalHeight = (Long) script("return Math.round(document.querySelector('#answers-chart sl-bar-chart')"
                + ".getBoundingClientRect().height);");
        assertThat(verticalHeight).isEqualTo(260);
        assertThat(horizontalHeight).isEqualTo(4 * 34 + 60);
        screenshot("chart-test");

        WebElement table = driver.findElement(By.cssSelector("#answers-chart table"));
        assertThat(table.getAttribute("class")).contains("visually-hidden");
        assertThat(clippedAway(table)).isTrue(); // out of sight, yet in the page for screen readers
        WebElement toggle = driver.findElement(By.cssSelector("#answers-chart .chart-toggle"));
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");

        toggle.click();

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(toggle.getAttribute("aria-pressed")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !clippedAway(table));
        assertThat(table.getText()).contains("Answers to question 1", "Option", "Students", "Note",
                "Option A 12", "Option B 3 correct", "Option C 17 most chosen wrong answer", "Option D 0");
        assertThat(driver.findElement(By.cssSelector("#answers-chart sl-bar-chart")).isDisplayed()).isFalse();
        screenshot("chart-test-table");

        toggle.click();

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "false".equals(toggle.getAttribute("aria-pressed")));
        awaitDrawn("#answers-chart");
    }

    /** Waits until Chart.js has painted the canvas: it has a size and some pixels that are not transparent. */
    private void awaitDrawn(String chart) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(script("""
                const host = document.querySelector(arguments[0] + ' sl-bar-chart');
                const canvas = host && host.shadowRoot && host.shadowRoot.querySelector('canvas');
                if (!canvas || canvas.width === 0 || canvas.height === 0 || canvas.offsetWidth === 0) return false;
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
                return painted > 1000;
                """, chart)));
    }

    private static boolean clippedAway(WebElement element) {
        return Boolean.TRUE.equals(script("const style = getComputedStyle(arguments[0]);"
                + "return style.position === 'absolute' && style.clip.startsWith('rect(0');", element));
    }

    private static String canvasAttribute(String chart, String attribute) {
        return (String) script("return document.querySelector(arguments[0] + ' sl-bar-chart')"
                + ".shadowRoot.querySelector('canvas').getAttribute(arguments[1]);", chart, attribute);
    }
}
