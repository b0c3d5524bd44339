package org.sourcelens.assignment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.KeyboardBT;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.HighlightView;
import org.sourcelens.assignment.AssignmentFixture;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.assignment.SubmissionStatus;
import org.sourcelens.assignment.Workspace;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole student path with the keyboard alone: sign in, open the class, highlight a passage of a
 * reading with a tag and a note, answer every question type (choice, several choices, written, rating
 * with its justification, passages picked in the article, comparison) and submit.
 */
class StudentKeyboardBT extends KeyboardBT {

    @Autowired
    AssignmentFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SubmissionService submissions;

    @Autowired
    HighlightService highlights;

    @Test
    void a_student_reads_highlights_answers_every_question_type_and_submits_with_the_keyboard_alone() {
        AssignmentFixture.Setup setup = fixture.createReadingAndComparison();
        accounts.signOut();
        resize(1280, 1000);

        signInByKeyboard(setup.student().username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/classes");
        waitFor(By.id("current-user-name"));
        tabTo("a[href='classes/" + setup.classroom().id() + "']");
        press(Keys.ENTER);

        // A reading: sentence mode, Enter goes to the tag, a second tag chosen from the list, a note.
        waitFor(By.id("reading-list"));
        tabTo("#reading-list a[href^='read/']");
        press(Keys.ENTER);
        waitFor(By.id("highlight-panel"));
        long readingId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/read/(\\d+).*", "$1"));
        tabTo("#article-text");
        press("s");
        waitForSelection();
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        waitForFocusWithin("#highlight-tag");
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                script("return document.getElementById('highlight-tag').opened")));
        press(Keys.ARROW_DOWN, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !Boolean.TRUE.equals(
                script("return document.getElementById('highlight-tag').opened")));
        waitForFocusWithin("#highlight-tag");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> textOf("#highlight-tag").contains("evidence"));
        tabTo("#highlight-panel vaadin-text-area");
        type("Names its source");
        tabTo("#highlight-selection");
        press(Keys.ENTER);
        until(() -> !driver.findElements(By.cssSelector("#article-text mark.highlight")).isEmpty());
        assertFocusKept("highlighting");
        accounts.signInAs(setup.student().username());
        HighlightView saved = highlights.mine(readingId).getFirst();
        accounts.signOut();
        assertThat(saved.tag()).isEqualTo("evidence");
        assertThat(saved.note()).isEqualTo("Names its source");
        // The tag is written beside the mark, not shown by colour alone.
        assertThat(script("const m = document.querySelector('#article-text mark.highlight.tag-end');"
                + " return m && getComputedStyle(m, '::after').content")).isEqualTo("\"evidence\"");
        screenshot("keyboard-highlight-1280");

        // My assignments is in the navigation before the page: back with Shift+Tab.
        tabBackTo("vaadin-side-nav-item[path='assignments']");
        press(Keys.ENTER);
        waitFor(By.id("assignment-list"));
        tabTo("#assignment-list a[href='assignments/" + setup.assignmentId() + "']");
        press(Keys.ENTER);
        waitFor(By.id("question-6"));

        tabTo("#question-1 vaadin-radio-button");
        press(Keys.ARROW_DOWN);
        waitForText("#question-1 .save-state", "Saved at");

        tabTo("#question-2 vaadin-checkbox");
        press(Keys.SPACE);
        tabTo("#question-2 vaadin-checkbox:nth-of-type(3)");
        press(Keys.SPACE);
        waitForText("#question-2 .save-state", "Saved at");

        tabTo("#question-3 vaadin-text-area");
        type("TRT World, a Turkish state broadcaster.");
        waitForText("#question-3 .save-state", "Saved at");

        tabTo("#question-4 vaadin-radio-group");
        press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        tabTo("#question-4 vaadin-text-area");
        type("Only one unnamed source says so.");
        waitForText("#question-4 .save-state", "Saved at");

        // The evidence: back to the article, sentence by sentence to the figure, Enter goes to the question's button.
        tabBackTo("#article-0");
        press("s");
        waitForSelection();
        for (int i = 0; i < 80 && !selection().contains("4,000 members"); i++) {
            press(Keys.ARROW_DOWN);
            sleep(50);
        }
        assertThat(selection()).contains("4,000 members");
        press(Keys.ENTER);
        waitForFocusWithin("#question-5 .add-passage");
        press(Keys.ENTER);
        waitForText("#question-5 .passage-list", "4,000 members");
        waitForText("#question-5 .save-state", "Saved at");
        assertFocusKept("adding a passage");

        tabTo("#question-6 vaadin-text-area");
        type("The second one: it names who speaks.");
        waitForText("#question-6 .save-state", "Saved at");

        // Submit: the dialog closes with Escape and gives the focus back; then submitted for real.
        tabTo("#submit");
        press(Keys.ENTER);
        waitFor(By.id("submit-dialog"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> focusWithin("vaadin-confirm-dialog"));
        press(Keys.ESCAPE);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !Boolean.TRUE.equals(
                script("const d = document.getElementById('submit-dialog'); return !!d && d.opened")));
        waitForFocusWithin("#submit");
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                script("const d = document.getElementById('submit-dialog'); return !!d && d.opened")));
        tabTo("vaadin-button[slot='confirm-button']");
        press(Keys.ENTER);
        waitForText("#assignment-meta", "Submitted");
        assertFocusKept("submitting");
        screenshot("keyboard-submitted-1280");

        accounts.signInAs(setup.student().username());
        Workspace workspace = submissions.workspace(setup.assignmentId());
        accounts.signOut();
        assertThat(workspace.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        List<Workspace.Item> items = workspace.questions();
        assertThat(items.get(0).answer().choices()).containsExactly(1);
        assertThat(items.get(1).answer().choices()).containsExactly(0, 2);
        assertThat(items.get(2).answer().text()).isEqualTo("TRT World, a Turkish state broadcaster.");
        assertThat(items.get(3).answer().rating()).isEqualTo(3);
        assertThat(items.get(3).answer().text()).isEqualTo("Only one unnamed source says so.");
        assertThat(items.get(4).answer().passages()).singleElement()
                .satisfies(p -> assertThat(p.quote()).contains("4,000 members"));
        assertThat(items.get(5).answer().text()).isEqualTo("The second one: it names who speaks.");
    }

    private static String selection() {
        return String.valueOf(script("return window.getSelection().toString()"));
    }

    private static void waitForSelection() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !selection().isBlank());
    }
}
