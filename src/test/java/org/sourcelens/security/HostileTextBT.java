package org.sourcelens.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcelens.BrowserTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.DiscussionService;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.AssignmentRequest;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.Dimension;
import org.sourcelens.assignment.PeerVisibility;
import org.sourcelens.assignment.QuestionSetService;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionType;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.assignment.Workspace;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What users type can never run script in another user's browser: a corpus of hostile strings goes
 * into every kind of user text (article title, text and notes, class and display names, question
 * prompts and options, answers, lateral-reading sources, highlight notes, replies), and the real
 * views that show them are opened in headless Chromium: no payload runs, no dialog opens, and the
 * text is shown as text.
 */
class HostileTextBT extends BrowserTest {

    /** Each payload, if it ran, would set window.__xss (or open a dialog, which Selenium reports). */
    static final List<String> CORPUS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=2\">",
            "\"><svg onload=window.__xss=3>",
            "'><iframe srcdoc=\"<script>parent.__xss=4</script>\"></iframe>",
            "javascript:window.__xss=5",
            "<a href=\"javascript:window.__xss=6\">click</a>",
            "</textarea><script>window.__xss=7</script>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=8>",
            "{{constructor.constructor('window.__xss=9')()}}",
            "${window.__xss=10}",
            "<details open ontoggle=window.__xss=11>",
            "<body onload=window.__xss=12>",
            "<style>@import 'javascript:window.__xss=13';</style>",
            "<object data=\"data:text/html,<script>parent.__xss=14</script>\"></object>",
            "<template><img src=x onerror=window.__xss=15></template>");

    @Autowired TestAccounts accounts;
    @Autowired AccountService accountService;
    @Autowired ClassroomService classrooms;
    @Autowired ArticleService articles;
    @Autowired QuestionSetService questionSets;
    @Autowired AssignmentService assignments;
    @Autowired SubmissionService submissions;
    @Autowired HighlightService highlights;
    @Autowired DiscussionService discussion;

    private static String all() {
        return String.join(" ", CORPUS);
    }

    @Test
    void hostile_text_in_every_kind_of_user_input_is_shown_as_text_and_never_runs() {
        var instructor = accounts.instructor();
        accounts.signOut();
        String studentName = "student-" + System.nanoTime();
        var student = accountService.createStudent(studentName, "Eve " + CORPUS.get(1), TestAccounts.PASSWORD);
        accounts.signInAs(instructor.username());
        TaughtClass classroom = classrooms.createClass("Class " + CORPUS.get(2));
        classrooms.enrolStudent(classroom.id(), student.id());
        List<ArticleDraft.Block> blocks = new ArrayList<>();
        for (String payload : CORPUS) {
            blocks.add(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, "Officials said " + payload + " on Monday."));
        }
        long article = articles.publish(new ArticleDraft(new ArticleMetadata("Title " + CORPUS.get(0),
                "Outlet " + CORPUS.get(3), null, "Author " + CORPUS.get(8), null, null, "https://example.org/?q=\"><script>window.__xss=99</script>"),
                blocks, List.of("Note " + CORPUS.get(7) + " https://example.org/\"onmouseover=\"window.__xss=98"),
                List.of()), ArticleVisibility.SHARED);
        long setId = questionSets.createSet("Set " + CORPUS.get(4), CORPUS.get(5));
        questionSets.addQuestion(setId, new QuestionSpec(QuestionType.SINGLE_CHOICE, Dimension.SOURCING, 1,
                "Prompt " + CORPUS.get(6), List.of(new QuestionSpec.Option("Option " + CORPUS.get(1), true,
                        "Feedback " + CORPUS.get(2)), new QuestionSpec.Option("Other " + CORPUS.get(10), false, "")),
                List.of(), null, List.of(), 0));
        questionSets.addQuestion(setId, new QuestionSpec(QuestionType.SHORT_ANSWER, Dimension.SOURCING, 2,
                "Why? " + CORPUS.get(11), List.of(), List.of(new QuestionSpec.RubricLevel("Level " + CORPUS.get(12),
                        100, "Description " + CORPUS.get(13), "Example " + CORPUS.get(14))), null, List.of(), 0));
        long assignment = assignments.assign(classroom.id(), new AssignmentRequest(article, null, setId, null, null,
                null, PeerVisibility.AFTER_SUBMIT, true, true)).assignmentId();
        long reading = assignments.assignReading(classroom.id(), article).assignmentId();

        accounts.signInAs(studentName);
        List<Long> questions = submissions.workspace(assignment).questions().stream()
                .map(Workspace.Item::questionId).toList();
        submissions.saveAnswer(assignment, questions.get(0), new AnswerValue(List.of(0), null, null, null, null), 0);
        submissions.saveAnswer(assignment, questions.get(1), new AnswerValue(null, "Answer " + all(), null, null,
                List.of(new AnswerValue.LateralSource("javascript:window.__xss=97", "Said " + CORPUS.get(0),
                        AnswerValue.Support.UNCLEAR))), 0);
        submissions.submit(assignment);
        long highlight = highlights.create(reading, new Position("p1", 0, "p1", 9), "claim", "Note " + all()).id();
        discussion.reply(highlight, "Reply " + all());
        accounts.signOut();

        driver.manage().deleteAllCookies();
        resize(1280, 900);
        signIn(instructor.username(), TestAccounts.PASSWORD);
        waitForUrlContaining("/teach");
        for (String page : List.of("teach/" + classroom.id(), "teach/assignments/" + assignment,
                "teach/assignments/" + assignment + "/grade/" + questions.get(1),
                "teach/assignments/" + assignment + "/students/" + student.id(), "read/" + reading,
                "teach/assignments/" + reading + "/highlights", "library/" + article, "question-sets/" + setId,
                "library")) {
            visitAndCheck(page);
        }
        driver.manage().deleteAllCookies();
        signIn(studentName, TestAccounts.PASSWORD);
        waitForUrlContaining("/classes");
        for (String page : List.of("classes", "classes/" + classroom.id(), "assignments", "assignments/" + assignment,
                "read/" + reading)) {
            visitAndCheck(page);
        }
    }

    private void visitAndCheck(String page) {
        open(page);
        waitFor(By.tagName("main"));
        // Let Vaadin finish rendering (and any payload that could run, run).
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(script(
                "return !!window.Vaadin && document.readyState === 'complete'")));
        script("return new Promise(resolve => setTimeout(resolve, 500))");
        Object flag = script("return window.__xss === undefined ? null : String(window.__xss)");
        assertThat(flag).as("a payload ran on " + page).isNull();
        String text = String.valueOf(script("return document.body.innerText"));
        assertThat(text).as("hostile text is shown as text on " + page).containsAnyOf("<script>", "onerror=", "onload=");
    }
}
