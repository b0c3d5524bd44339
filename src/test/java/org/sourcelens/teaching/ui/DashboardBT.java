package org.sourcelens.teaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.ClassWorkFixture;
import org.sourcelens.assignment.SubmissionService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: the class dashboard draws its charts, and while a student works (saves, then
 * submits) the counts change on the instructor's screen without a reload, through server push.
 */
class DashboardBT extends BrowserTest {

    @Autowired
    ClassWorkFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SubmissionService submissions;

    @Test
    void the_dashboard_updates_live_while_a_student_works() {
        ClassWorkFixture.ClassWork work = fixture.create();
        accounts.signOut();
        driver.manage().deleteAllCookies();
        resize(1280, 1000);
        signIn(work.setup().instructor().username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/teach");
        open("teach/assignments/" + work.assignmentId());
        waitFor(By.id("dashboard-counts"));
        assertThat(count("in-progress")).isEqualTo("1");
        assertThat(count("submitted")).isEqualTo("2");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(script("""
                const chart = document.querySelector('#question-stats-1 sl-bar-chart');
                const canvas = chart && chart.shadowRoot && chart.shadowRoot.querySelector('canvas');
                return !!canvas && canvas.width > 0 && (canvas.getAttribute('aria-label') || '').includes('2 students');
                """)));
        screenshot("dashboard-1280");

        accounts.signInAs(work.dan().username());
        submissions.saveAnswer(work.assignmentId(), work.questionIds().get(0),
                new AnswerValue(List.of(1), null, null, null, null), 0);
        accounts.signOut();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "2".equals(count("in-progress")));
        assertThat(count("not-started")).isEqualTo("0");

        accounts.signInAs(work.cat().username());
        submissions.submit(work.assignmentId());
        accounts.signOut();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "3".equals(count("submitted")));
        assertThat(count("in-progress")).isEqualTo("1");
        assertThat(driver.findElement(By.id("dashboard-updated")).getText()).startsWith("Updated live at");
    }

    private static String count(String key) {
        return String.valueOf(script("return document.getElementById('count-" + key + "').textContent"));
    }
}
