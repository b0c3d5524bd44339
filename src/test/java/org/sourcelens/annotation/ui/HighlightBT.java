package org.sourcelens.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.HighlightView;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: select a passage with the mouse or with the keyboard's sentence mode, highlight
 * it with a tag, and find it marked at the same place after a reload.
 */
class HighlightBT extends BrowserTest {

    private static final String TEXT = "Fees at the harbour doubled on Monday, officials said, and traders were angry.";
    private static final String P1 = "Fees at the harbour doubled on Monday. Traders were angry.";
    private static final String P2 = "Officials said fees would rise. Traders said nobody asked them.";
    private static final String P3 = "Boats queued for hours. The board meets in May.";

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ArticleService articles;

    @Autowired
    AssignmentService assignments;

    @Autowired
    HighlightService highlights;

    private long reading(String title, String... paragraphs) {
        AccountSummary instructor = accounts.instructor();
        student = accounts.student();
        accounts.signInAs(instructor.username());
        TaughtClass classroom = classrooms.createClass(title);
        classrooms.enrolStudent(classroom.id(), student.id());
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata(title, null, null, null, null,
                null, null), java.util.Arrays.stream(paragraphs)
                        .map(text -> new ArticleDraft.Block(ParagraphKind.PARAGRAPH, text)).toList(),
                List.of(), List.of()), ArticleVisibility.SHARED);
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        accounts.signOut();
        driver.manage().deleteAllCookies();
        resize(1280, 900);
        signIn(student.username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/classes");
        open("read/" + readingId);
        waitFor(By.id("highlight-panel"));
        return readingId;
    }

    AccountSummary student;

    @Test
    void a_passage_selected_with_the_mouse_is_highlighted_with_its_tag_and_is_still_marked_after_a_reload() {
        reading("Mouse highlights", TEXT);

        dragSelect("#p1", "officials said");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("current-selection"))
                .getText().contains("“officials said”"));
        WebElement button = driver.findElement(By.id("highlight-selection"));
        script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();

        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#p1 mark")).isEmpty());
        driver.navigate().refresh();
        WebElement mark = waitFor(By.cssSelector("#p1 mark.highlight"));
        assertThat(mark.getText()).isEqualTo("officials said");
        assertThat(mark.getDomAttribute("data-tag")).isEqualTo("claim");
        assertThat(driver.findElement(By.id("highlight-list")).getText()).contains("“officials said”");
        screenshot("reader-with-highlight-1280");

        // From the text to the list and back: a click on the mark focuses its entry; "Show in the
        // text" focuses the mark itself (read out with its description); Escape returns to the button.
        mark.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "highlight-entry".equals(script(
                "const a = document.activeElement; return a && a.classList.contains('highlight-entry')"
                        + " ? 'highlight-entry' : String(a && a.tagName)")));
        WebElement show = driver.findElement(By.cssSelector("#highlight-list vaadin-button.show-in-text"));
        show.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "p1".equals(script(
                "const a = document.activeElement; return a && a.localName === 'mark' && a.closest('p').id")));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(script(
                "return document.activeElement === arguments[0]", show)));
    }

    @Test
    void a_reader_selects_by_sentence_across_paragraphs_with_the_keyboard_alone_and_highlights_it() {
        long readingId = reading("Keyboard highlights", P1, P2, P3);

        WebElement text = driver.findElement(By.id("article-text"));
        script("arguments[0].focus()", text);
        new Actions(driver).sendKeys("s").perform();
        waitForSelection("Fees at the harbour doubled on Monday.");
        // The announcements come from the message bundle, handed over by the server.
        assertThat(String.valueOf(script("return document.getElementById('article-text').texts")))
                .contains("\"sentenceOf\":\"Sentence {0} of {1}: \"");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> String.valueOf(script(
                "return document.getElementById('article-text').announcement")).startsWith("Sentence mode. ")
                && String.valueOf(script("return document.getElementById('article-text').announcement"))
                        .contains("Sentence 1 of "));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
        waitForSelection("Officials said fees would rise.");
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN)
                .keyUp(Keys.SHIFT).perform();
        new Actions(driver).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_LEFT).keyUp(Keys.SHIFT)
                .keyUp(Keys.ALT).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> String.valueOf(script(
                "return document.getElementById('article-text').announcement")).contains("Boats queued for"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("current-selection"))
                .getText().endsWith("Boats queued for”"));

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "highlight-tag".equals(
                script("const a = document.activeElement;"
                        + " return a && a.closest('vaadin-select') && a.closest('vaadin-select').id")));
        new Actions(driver).sendKeys(Keys.TAB).sendKeys("Nobody was asked").sendKeys(Keys.TAB).sendKeys(Keys.ENTER)
                .perform();

        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#p3 mark")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#p2 mark.highlight")).getText()).isEqualTo(P2);
        assertThat(driver.findElement(By.cssSelector("#p3 mark.highlight")).getText()).isEqualTo("Boats queued for");
        accounts.signInAs(student.username());
        HighlightView saved = highlights.mine(readingId).getFirst();
        accounts.signOut();
        assertThat(saved.position()).isEqualTo(new Position("p2", 0, "p3", "Boats queued for".length()));
        assertThat(saved.note()).isEqualTo("Nobody was asked");
        assertThat(saved.tag()).isEqualTo("claim");
        driver.navigate().refresh();
        assertThat(waitFor(By.cssSelector("#p3 mark.highlight")).getText()).isEqualTo("Boats queued for");
    }

    private static void waitForSelection(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text.equals(
                script("return window.getSelection().toString()")));
    }

    @Test
    void a_drag_that_starts_in_the_title_or_outside_the_text_selects_only_article_text() {
        reading("Edges", P1, P2, P3);

        script("""
                const title = document.getElementById('article-title').firstChild;
                const p1 = document.getElementById('p1').firstChild;
                const range = document.createRange();
                range.setStart(title, 2);
                range.setEnd(p1, 'Fees at the harbour'.length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                """);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("current-selection"))
                .getText().equals("Selected: “Fees at the harbour”"));

        script("""
                const back = document.getElementById('back-to-class').firstChild;
                const p2 = document.getElementById('p2').firstChild;
                const range = document.createRange();
                range.setStart(back, 0);
                range.setEnd(p2, 'Officials'.length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                """);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> String.valueOf(script(
                "const s = document.getElementById('article-text').selection; return s && s.startAnchor + ':'"
                        + " + s.startOffset + '-' + s.endAnchor + ':' + s.endOffset")).equals("p1:0-p2:9"));

        script("""
                const title = document.getElementById('article-title').firstChild;
                const range = document.createRange();
                range.setStart(title, 0);
                range.setEnd(title, 4);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                """);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("current-selection"))
                .getText().equals("Nothing selected yet."));
    }

    @Test
    void one_word_in_the_middle_of_a_sentence_is_chosen_with_the_keyboard() {
        long readingId = reading("One word", P1);
        script("arguments[0].focus()", driver.findElement(By.id("article-text")));
        new Actions(driver).sendKeys("s").perform();
        waitForSelection("Fees at the harbour doubled on Monday.");
        Actions keys = new Actions(driver).keyDown(Keys.ALT).keyDown(Keys.SHIFT);
        for (int i = 0; i < 3; i++) {
            keys.sendKeys(Keys.ARROW_DOWN);
        }
        for (int i = 0; i < 3; i++) {
            keys.sendKeys(Keys.ARROW_LEFT);
        }
        keys.keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
        waitForSelection("harbour");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "highlight-tag".equals(
                script("const a = document.activeElement;"
                        + " return a && a.closest('vaadin-select') && a.closest('vaadin-select').id")));
        new Actions(driver).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#p1 mark")).isEmpty());
        accounts.signInAs(student.username());
        assertThat(highlights.mine(readingId)).singleElement()
                .satisfies(h -> assertThat(h.quote()).isEqualTo("harbour"));
        accounts.signOut();
    }
}
