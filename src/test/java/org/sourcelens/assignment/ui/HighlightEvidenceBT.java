package org.sourcelens.assignment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.assignment.AssignmentFixture;
import org.sourcelens.assignment.Passage;
import org.sourcelens.assignment.SubmissionService;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser: a passage selected in the article becomes a highlight-the-evidence answer, stored exactly. */
class HighlightEvidenceBT extends BrowserTest {

    @Autowired
    AssignmentFixture fixture;

    @Autowired
    SubmissionService submissions;

    @Autowired
    TestAccounts accounts;

    @Test
    void a_selected_passage_is_added_to_the_answer_and_saved_with_its_exact_position() {
        AssignmentFixture.Setup setup = fixture.create();
        accounts.signOut();

        driver.manage().deleteAllCookies();
        resize(1280, 900);
        signIn(setup.student().username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/classes");
        open("assignments/" + setup.assignmentId());
        waitFor(By.id("question-5"));

        dragSelect("#article-0", "more than 4,000 members");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "more than 4,000 members".equals(
                script("const s = document.getElementById('article-0').selection; return s && s.text")));
        WebElement add = driver.findElement(By.cssSelector("#question-5 vaadin-button.add-passage"));
        script("arguments[0].scrollIntoView({block: 'center'})", add);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> add.isDisplayed());
        add.click();

        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.cssSelector("#question-5 .save-state"))
                .getText().startsWith("Saved at"));
        assertThat(driver.findElement(By.cssSelector("#question-5 .passage-list")).getText())
                .contains("“more than 4,000 members”");
        screenshot("workspace-1280");
        resize(768, 1024);
        screenshot("workspace-768");

        accounts.signInAs(setup.student().username());
        Passage saved = submissions.workspace(setup.assignmentId()).questions().get(4).answer().passages().getFirst();
        assertThat(saved.quote()).isEqualTo("more than 4,000 members");
        assertThat(saved.startAnchor()).isEqualTo(saved.endAnchor());
        assertThat(saved.endOffset() - saved.startOffset()).isEqualTo("more than 4,000 members".length());
        accounts.signOut();
    }
}
