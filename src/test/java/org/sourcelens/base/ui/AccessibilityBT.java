package org.sourcelens.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.DiscussionService;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.HighlightView;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.ClassWorkFixture;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every main view in a real browser, in the light and the dark colour scheme (the app follows the
 * operating system's setting): axe-core finds no serious or critical violation, and each view has one
 * main landmark, navigation where the frame is shown, exactly one h1 and no skipped heading levels.
 * All problems of all views are collected first, so one run lists everything to fix.
 */
class AccessibilityBT extends BrowserTest {

    @Autowired
    ClassWorkFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AssignmentService assignments;

    @Autowired
    HighlightService highlights;

    @Autowired
    DiscussionService discussions;

    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void lightAgain() {
        prefersDarkColorScheme(driver, false);
    }

    @Test
    void every_main_view_passes_axe_and_has_a_sound_outline_in_light_and_dark() {
        ClassWorkFixture.ClassWork work = fixture.create();
        long classId = work.setup().classroom().id();
        long articleId = work.setup().article().articleId();
        long readingId = assignments.assignReading(classId, articleId).assignmentId();
        accounts.signInAs(work.ben().username());
        HighlightView bens = highlights.create(readingId, new Position("p1", 0, "p1", 9), "claim",
                "Is this stated as fact?");
        accounts.signInAs(work.ann().username());
        highlights.create(readingId, new Position("p2", 0, "p2", 12), "source", "Who says so?");
        discussions.reply(bens.id(), "The second paragraph names the source.");
        AccountSummary admin = accounts.admin();
        accounts.signOut();
        resize(1280, 1000);

        driver.manage().deleteAllCookies();
        check("login", false);
        check("register?code=" + work.setup().classroom().joinCode(), false);

        signInAs(work.ann().username(), "/classes");
        check("classes", true);
        check("classes/" + classId, true);
        check("assignments", true);
        check("read/" + readingId, true, By.cssSelector("mark.peer-highlight"));

        signInAs(work.cat().username(), "/classes");
        check("assignments/" + work.assignmentId(), true);

        signInAs(work.setup().instructor().username(), "/teach");
        check("teach", true);
        check("teach/" + classId, true);
        check("teach/" + classId + "/tags", true);
        check("teach/assignments/" + work.assignmentId(), true);
        check("teach/assignments/" + work.assignmentId() + "/grade/" + work.questionIds().get(2), true);
        check("teach/assignments/" + work.assignmentId() + "/students/" + work.ann().id(), true);
        check("teach/assignments/" + readingId + "/highlights", true);
        check("library", true);
        check("library/" + articleId, true);
        check("library/compare", true);
        check("question-sets", true);
        check("question-sets/" + work.setup().setId(), true);
        check("account/password", true);
        for (boolean dark : new boolean[] {false, true}) {
            prefersDarkColorScheme(driver, dark);
            open("library/import");
            waitFor(By.cssSelector("#pasted-text textarea")).sendKeys("A headline\n\nA first paragraph of the text.");
            driver.findElement(By.id("preview-paste")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElement(By.id("preview-area")).getText().isBlank());
            inspect("library/import (preview)", dark, true);
        }
        prefersDarkColorScheme(driver, false);

        signInAs(admin.username(), "/");
        check("admin/users", true);
        check("admin/audit", true);
        check("admin/students", true);

        assertThat(problems).as("accessibility problems, per view and colour scheme").isEmpty();
    }

    @Test
    void live_regions_announce_a_save_and_a_form_error_as_their_text_changes() {
        ClassWorkFixture.ClassWork work = fixture.create();
        accounts.signOut();
        resize(1280, 1000);
        driver.manage().deleteAllCookies();

        open("register?code=" + work.setup().classroom().joinCode());
        waitFor(By.id("register")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.findElement(By.id("registration-error")).getText().isBlank());
        assertThat(driver.findElement(By.id("registration-error")).getDomAttribute("role")).isEqualTo("alert");

        signInAs(work.cat().username(), "/classes");
        open("assignments/" + work.assignmentId());
        org.openqa.selenium.WebElement state = waitFor(By.cssSelector("#question-3 .save-state"));
        assertThat(state.getDomAttribute("aria-live")).isEqualTo("polite");
        String before = state.getText();
        org.openqa.selenium.WebElement answer = driver.findElement(By.cssSelector("#question-3 textarea"));
        script("arguments[0].scrollIntoView({block: 'center'})", answer);
        answer.sendKeys("A state broadcaster.");
        script("document.activeElement.blur()");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.cssSelector(
                "#question-3 .save-state")).getText().startsWith("Saved at"));
        assertThat(driver.findElement(By.cssSelector("#question-3 .save-state")).getText()).isNotEqualTo(before);
    }

    @Test
    void a_classmates_highlight_is_reached_by_keyboard_from_its_entry_and_described_with_tag_note_and_author() {
        ClassWorkFixture.ClassWork work = fixture.create();
        long readingId = assignments.assignReading(work.setup().classroom().id(),
                work.setup().article().articleId()).assignmentId();
        accounts.signInAs(work.ben().username());
        highlights.create(readingId, new Position("p1", 0, "p1", 9), "claim", "Is this stated as fact?");
        accounts.signOut();
        resize(1280, 1000);

        signInAs(work.ann().username(), "/classes");
        open("read/" + readingId);
        org.openqa.selenium.WebElement show = waitFor(By.cssSelector("#peer-highlights vaadin-button.show-in-text"));
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", show);
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "mark".equals(
                script("return document.activeElement.localName")));
        assertThat((String) script("return document.activeElement.getAttribute('aria-description')"))
                .isEqualTo(work.ben().displayName() + " — claim: Is this stated as fact?");
        assertThat((String) script("return document.activeElement.textContent")).isEqualTo("By hostin");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                script("return document.activeElement === arguments[0]", show)));
    }

    private void signInAs(String username, String landing) {
        driver.manage().deleteAllCookies();
        signIn(username, TestAccounts.PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> !d.getCurrentUrl().contains("/login") && vaadinIdle());
        assertThat(driver.getCurrentUrl()).contains(landing);
    }

    private void check(String path, boolean framed, By... ready) {
        for (boolean dark : new boolean[] {false, true}) {
            prefersDarkColorScheme(driver, dark);
            open(path);
            for (By locator : ready) {
                waitFor(locator);
            }
            inspect(path, dark, framed);
        }
        prefersDarkColorScheme(driver, false);
    }

    private void inspect(String view, boolean dark, boolean framed) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> vaadinIdle());
        String context = view + (dark ? " [dark]" : " [light]");
        // Light text means the dark scheme is on (the body's background is transparent, so its text tells).
        double text = ((Number) script("""
                const c = getComputedStyle(document.body).color.match(/[\\d.]+/g).map(Number);
                return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;""")).doubleValue();
        if (dark != text > 0.5) {
            problems.add(context + ": text brightness " + text + " does not match the colour scheme");
        }
        seriousAxeViolations(driver).forEach(v -> problems.add(context + ": " + v));
        outlineProblems(driver, framed).forEach(p -> problems.add(context + ": outline: " + p));
        screenshot("a11y-" + view.replaceAll("[^a-z0-9]+", "-") + (dark ? "-dark" : "-light"));
    }

    private static boolean vaadinIdle() {
        return Boolean.TRUE.equals(script("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => !c.isActive || !c.isActive())
                    && document.readyState === 'complete';"""));
    }
}
