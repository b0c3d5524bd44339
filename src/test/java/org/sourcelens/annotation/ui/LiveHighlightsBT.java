package org.sourcelens.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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

/**
 * Two students in two real browsers on the same reading: each sees the other arrive ("reading now"),
 * and the second student's highlight appears in the first student's page through server push, without
 * a reload and without losing the note the first student is typing.
 */
class LiveHighlightsBT extends BrowserTest {

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
    void a_classmates_highlight_arrives_live_and_the_panel_counts_who_is_reading() throws IOException {
        AccountSummary instructor = accounts.instructor();
        AccountSummary first = accounts.student();
        AccountSummary second = accounts.student();
        accounts.signInAs(instructor.username());
        TaughtClass classroom = classrooms.createClass("Live class");
        classrooms.enrolStudent(classroom.id(), first.id());
        classrooms.enrolStudent(classroom.id(), second.id());
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Live harbour", null, null, null, null,
                null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, TEXT)), List.of(), List.of()),
                ArticleVisibility.SHARED);
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        accounts.signOut();

        driver.manage().deleteAllCookies();
        resize(1280, 900);
        signIn(first.username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/classes");
        open("read/" + readingId);
        waitFor(By.id("highlight-panel"));
        assertThat(driver.findElement(By.id("reading-now")).getText()).isEqualTo("No classmate is reading this now.");
        driver.findElement(By.cssSelector("#highlight-panel vaadin-text-area textarea")).sendKeys("half-typed note");

        WebDriver other = launchBrowser();
        try {
            other.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            signIn(other, second.username(), TestAccounts.PASSWORD);
            new WebDriverWait(other, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/classes"));
            open(other, "read/" + readingId);
            waitFor(other, By.id("highlight-panel"));
            assertThat(other.findElement(By.id("reading-now")).getText()).isEqualTo("1 classmate reading now");
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("reading-now")).getText()
                    .equals("1 classmate reading now"));

            ((org.openqa.selenium.JavascriptExecutor) other).executeScript("""
                    const node = document.getElementById('p1').firstChild;
                    const start = node.textContent.indexOf('traders were angry');
                    const range = document.createRange();
                    range.setStart(node, start);
                    range.setEnd(node, start + 'traders were angry'.length);
                    window.getSelection().removeAllRanges();
                    window.getSelection().addRange(range);
                    """);
            new WebDriverWait(other, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("current-selection"))
                    .getText().contains("traders were angry"));
            org.openqa.selenium.WebElement button = other.findElement(By.id("highlight-selection"));
            ((org.openqa.selenium.JavascriptExecutor) other).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            new WebDriverWait(other, Duration.ofSeconds(15))
                    .until(d -> !d.findElements(By.cssSelector("#p1 mark.highlight")).isEmpty());

            String url = driver.getCurrentUrl();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> !d.findElements(By.cssSelector("#p1 mark.peer-highlight")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("#p1 mark.peer-highlight")).getText())
                    .isEqualTo("traders were angry");
            assertThat(driver.findElement(By.id("peer-highlights")).getText()).contains("“traders were angry”");
            assertThat(driver.getCurrentUrl()).isEqualTo(url);
            assertThat(driver.findElement(By.cssSelector("#highlight-panel vaadin-text-area textarea"))
                    .getDomProperty("value")).isEqualTo("half-typed note");
            screenshot("reader-live-peer-highlight");

            // The first student replies; the reply reaches the second student's page live.
            WebElement open = driver.findElement(By.cssSelector("#peer-highlights vaadin-button.open-reply"));
            script("arguments[0].scrollIntoView({block: 'center'})", open);
            open.click();
            WebElement reply = waitFor(By.cssSelector("#peer-highlights .reply-box vaadin-text-area textarea"));
            reply.sendKeys("Angry according to whom?");
            WebElement post = driver.findElement(By.cssSelector("#peer-highlights vaadin-button.post-reply"));
            script("arguments[0].scrollIntoView({block: 'center'})", post);
            post.click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(
                    "#peer-highlights .reply-body")).isEmpty());
            new WebDriverWait(other, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(
                    "#highlight-list .reply-body")).stream().anyMatch(e -> e.getText().equals("Angry according to whom?")));
            other.get("about:blank"); // the second student leaves the page
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "No classmate is reading this now.".equals(
                    script("return document.getElementById('reading-now').textContent")));
        } finally {
            other.quit();
        }
    }
}
