package org.sourcelens.teaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.assignment.ClassWorkFixture;
import org.sourcelens.assignment.GradingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: grading with the keyboard (a number picks a rubric level and saves it, N moves on)
 * while digits typed into the comment box stay text and grade nothing.
 */
class GradingBT extends BrowserTest {

    @Autowired
    ClassWorkFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GradingService grading;

    @Test
    void number_keys_grade_and_n_moves_on_but_digits_in_the_comment_are_just_text() {
        ClassWorkFixture.ClassWork work = fixture.create();
        long written = work.questionIds().get(2);
        accounts.signOut();
        driver.manage().deleteAllCookies();
        resize(1280, 1000);
        signIn(work.setup().instructor().username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/teach");
        open("teach/assignments/" + work.assignmentId() + "/grade/" + written);
        WebElement student = waitFor(By.id("grading-student"));
        String first = student.getText();

        WebElement comment = driver.findElement(By.cssSelector("#grading-comment textarea"));
        comment.sendKeys("Look at paragraph 2");
        assertThat(text("grading-saved")).isEqualTo("Not graded yet.");
        script("document.activeElement.blur()");
        new Actions(driver).sendKeys("1").perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text("grading-saved")
                .equals("Graded: Proficient, 3 of 3 points."));

        new Actions(driver).sendKeys("n").perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !text("grading-student").equals(first));
        new Actions(driver).sendKeys("3").perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text("grading-saved")
                .equals("Graded: Basic, 0 of 3 points."));

        accounts.signInAs(work.setup().instructor().username());
        var queue = grading.queue(work.assignmentId(), written);
        accounts.signOut();
        assertThat(queue.entries()).extracting(e -> e.grade().rubricLevel())
                .containsExactlyInAnyOrder("Proficient", "Basic");
        assertThat(queue.entries()).filteredOn(e -> e.displayName().equals(first)).singleElement()
                .satisfies(e -> assertThat(e.grade().comment()).isEqualTo("Look at paragraph 2"));
        screenshot("grading-1280");
    }

    private static String text(String id) {
        return String.valueOf(script("return document.getElementById('" + id + "').textContent"));
    }
}
