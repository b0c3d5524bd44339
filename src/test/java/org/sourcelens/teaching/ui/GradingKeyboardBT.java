package org.sourcelens.teaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.KeyboardBT;
import org.sourcelens.TestAccounts;
import org.sourcelens.assignment.ClassWorkFixture;
import org.sourcelens.assignment.GradingQueue;
import org.sourcelens.assignment.GradingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instructor's grading path with the keyboard alone: from the class to its dashboard (whose
 * return dialog closes with Escape), to the grading queue of a written question, a rubric level by
 * number key, a comment, the next answer, and the work returned to that student.
 */
class GradingKeyboardBT extends KeyboardBT {

    @Autowired
    ClassWorkFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GradingService grading;

    @Test
    void an_instructor_grades_comments_moves_on_and_returns_work_with_the_keyboard_alone() {
        ClassWorkFixture.ClassWork work = fixture.create();
        long written = work.questionIds().get(2);
        long classId = work.setup().classroom().id();
        accounts.signOut();
        resize(1280, 1000);

        signInByKeyboard(work.setup().instructor().username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/teach");
        waitFor(By.id("current-user-name"));
        tabTo("a[href='teach/" + classId + "']");
        press(Keys.ENTER);
        waitForUrlContaining("/teach/" + classId);
        tabTo("a[href='teach/assignments/" + work.assignmentId() + "']");
        press(Keys.ENTER);

        waitFor(By.id("dashboard-counts"));
        tabTo("#return-all");
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> dialogOpen());
        press(Keys.ESCAPE);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !dialogOpen());
        waitForFocusWithin("#return-all");
        tabTo("a[href='teach/assignments/" + work.assignmentId() + "/grade/" + written + "']");
        press(Keys.ENTER);

        waitFor(By.id("grading-student"));
        String first = textOf("#grading-student");
        press("1");
        waitForText("#grading-saved", "Graded: Proficient");
        assertFocusKept("choosing a level by its key");
        tabTo("#grading-comment");
        type("Look at paragraph 2");
        tabTo("#save-comment");
        press(Keys.ENTER);
        until(() -> commentOf(work, written, first).equals("Look at paragraph 2"));
        assertFocusKept("saving the comment");
        tabTo("#grading-next");
        press(Keys.ENTER);
        until(() -> !textOf("#grading-student").equals(first));
        assertFocusKept("moving to the next answer");
        String second = textOf("#grading-student");
        press("2");
        waitForText("#grading-saved", "Graded: Emergent");
        tabTo("#return-one");
        press(Keys.ENTER);
        waitForText("#grading-saved", "Returned to " + second);
        assertFocusKept("returning the work");
        screenshot("keyboard-grading-1280");

        accounts.signInAs(work.setup().instructor().username());
        GradingQueue queue = grading.queue(work.assignmentId(), written);
        accounts.signOut();
        assertThat(queue.entries()).filteredOn(e -> e.displayName().equals(second)).singleElement()
                .satisfies(e -> {
                    assertThat(e.grade().rubricLevel()).isEqualTo("Emergent");
                    assertThat(e.status().label()).isEqualTo("Returned");
                });
    }

    private String commentOf(ClassWorkFixture.ClassWork work, long question, String student) {
        accounts.signInAs(work.setup().instructor().username());
        try {
            return grading.queue(work.assignmentId(), question).entries().stream()
                    .filter(e -> e.displayName().equals(student) && e.grade() != null)
                    .map(e -> String.valueOf(e.grade().comment())).findFirst().orElse("");
        } finally {
            accounts.signOut();
        }
    }

    private static boolean dialogOpen() {
        return Boolean.TRUE.equals(script("const d = document.getElementById('return-dialog'); return !!d && d.opened"));
    }
}
