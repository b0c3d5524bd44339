package org.sourcelens.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.article.ArticleService;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser, a source-map item takes the reader and the keyboard focus to its place in the text. */
class SourceMapBT extends BrowserTest {

    @Autowired
    ArticleService articles;

    @Autowired
    TestAccounts accounts;

    @Test
    void choosing_a_quote_in_the_source_map_moves_focus_to_its_paragraph() {
        accounts.signInAs("teacher");
        long broadcaster = articles.assignableArticles().stream()
                .filter(a -> a.title().startsWith("Albania becomes")).findFirst().orElseThrow().id();
        accounts.signOut();

        driver.manage().deleteAllCookies();
        resize(1280, 900);
        signIn("teacher", "demo-pass-2026");
        waitForUrlContaining("/teach");
        open("library/" + broadcaster);
        waitFor(By.id("source-map"));
        screenshot("article-with-source-map-1280");

        WebElement item = driver.findElements(By.cssSelector("#speakers .source-map-item")).getFirst();
        String anchor = item.getDomAttribute("data-anchor");
        item.click();

        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(
                d -> anchor.equals(script("return document.activeElement && document.activeElement.id")));
        assertThat(driver.findElement(By.id(anchor)).getAttribute("class")).contains("flash");

        resize(768, 1024);
        screenshot("article-with-source-map-768");
    }
}
