package org.sourcelens.assignment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sourcelens.BrowserTest;

/** The student's path in a real browser: sign in, open the demo class and read an article at tablet and phone width. */
class ReaderBT extends BrowserTest {

    @Test
    void student_signs_in_and_reads_a_seed_article_comfortably_at_tablet_and_phone_width() {
        resize(1280, 900);
        signIn("amira", "demo-pass-2026");
        waitForUrlContaining("/classes");
        waitFor(By.linkText("Media literacy (demo class)"));
        assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item")))
                .extracting(item -> item.getDomAttribute("path")).containsExactly("assignments", "classes");
        assertThat(driver.findElement(By.id("current-user-name")).getText()).isEqualTo("Amira Haddad");
        screenshot("student-classes-1280");
        resize(768, 1024);
        waitFor(By.linkText("Media literacy (demo class)")).click();
        waitFor(By.cssSelector("#reading-list a[href^='read/']"));
        driver.findElements(By.cssSelector("#reading-list a[href^='read/']")).stream()
                .filter(link -> link.getText().startsWith("MEK in Albania")).findFirst().orElseThrow().click();

        WebElement title = waitFor(By.id("article-title"));
        assertThat(title.getText()).startsWith("MEK in Albania");
        WebElement first = driver.findElement(By.id("p1"));
        assertThat(first.getTagName()).isEqualTo("p");
        assertThat(first.getText()).startsWith("Following the U.S. invasion of Iraq");
        assertThat(driver.findElement(By.id("fact-author")).getText()).isEqualTo("not stated");
        assertThat(driver.findElements(By.cssSelector("#article-notes > li"))).hasSize(3);
        assertThat(driver.getPageSource()).doesNotContain("Placeholder canvas");

        double fontSize = ((Number) script(
                "return parseFloat(getComputedStyle(arguments[0]).fontSize)", first)).doubleValue();
        double lineHeight = ((Number) script(
                "return parseFloat(getComputedStyle(arguments[0]).lineHeight)", first)).doubleValue();
        assertThat(fontSize).isGreaterThanOrEqualTo(16);
        assertThat(lineHeight / fontSize).isGreaterThanOrEqualTo(1.4);
        assertThat(noHorizontalScrolling()).isTrue();
        screenshot("reader-tablet-768");

        resize(390, 844);
        assertThat(noHorizontalScrolling()).isTrue();
        screenshot("reader-phone-390");
    }

    private static boolean noHorizontalScrolling() {
        return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth");
    }
}
