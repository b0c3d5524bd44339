package org.sourcelens.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.TestAccounts;
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

/** In a real browser: select a passage, highlight it with a tag, and find it marked at the same place after a reload. */
class HighlightBT extends BrowserTest {

    private static final String TEXT = "Fees at the harbour doubled on Monday, officials said, and traders were angry.";

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ArticleService articles;

    @Autowired
    AssignmentService assignments;

    @Test
    void a_selected_passage_is_highlighted_with_its_tag_and_is_still_marked_after_a_reload() {
        AccountSummary instructor = accounts.instructor();
        AccountSummary student = accounts.student();
        accounts.signInAs(instructor.username());
        TaughtClass classroom = classrooms.createClass("Browser highlights");
        classrooms.enrolStudent(classroom.id(), student.id());
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Harbour fees", null, null, null, null,
                null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, TEXT)), List.of(), List.of()),
                ArticleVisibility.SHARED);
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        accounts.signOut();

        driver.manage().deleteAllCookies();
        resize(1280, 900);
        signIn(student.username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/classes");
        open("read/" + readingId);
        waitFor(By.id("highlight-panel"));

        script("""
                const paragraph = document.getElementById('p1');
                const node = paragraph.firstChild;
                const start = node.textContent.indexOf('officials said');
                const range = document.createRange();
                range.setStart(node, start);
                range.setEnd(node, start + 'officials said'.length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                """);
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
    }
}
