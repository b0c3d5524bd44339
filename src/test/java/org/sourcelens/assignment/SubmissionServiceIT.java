package org.sourcelens.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.base.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class SubmissionServiceIT {

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionRepository submissionRows;

    @Autowired
    AssignmentFixture fixture;

    @Autowired
    AssignmentQuestionRepository questionRows;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static AnswerValue text(String text) {
        return new AnswerValue(List.of(), text, null, List.of(), List.of());
    }

    private static long question(Workspace workspace, QuestionType type) {
        return workspace.questions().stream().filter(q -> q.question().type() == type).findFirst().orElseThrow()
                .questionId();
    }

    @Test
    void an_autosaved_answer_is_there_after_the_session_expires_and_the_student_signs_in_again() {
        AssignmentFixture.Setup setup = fixture.create();
        long written = question(submissions.workspace(setup.assignmentId()), QuestionType.SHORT_ANSWER);
        submissions.saveAnswer(setup.assignmentId(), written, text("TRT World, owned by the Turkish state."), 0);

        SecurityContextHolder.clearContext();
        accounts.signInAs(setup.student().username());

        Workspace again = submissions.workspace(setup.assignmentId());
        Workspace.Item item = again.questions().stream().filter(q -> q.questionId() == written).findFirst()
                .orElseThrow();
        assertThat(item.answer().text()).isEqualTo("TRT World, owned by the Turkish state.");
        assertThat(item.revision()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(SubmissionStatus.IN_PROGRESS);
    }

    @Test
    void a_save_from_a_tab_that_missed_a_newer_save_is_not_applied_and_returns_the_newer_text() {
        AssignmentFixture.Setup setup = fixture.create();
        long written = question(submissions.workspace(setup.assignmentId()), QuestionType.SHORT_ANSWER);
        SaveOutcome first = submissions.saveAnswer(setup.assignmentId(), written, text("From tab A"), 0);
        SaveOutcome second = submissions.saveAnswer(setup.assignmentId(), written, text("From tab A, longer"),
                first.revision());

        SaveOutcome stale = submissions.saveAnswer(setup.assignmentId(), written, text("From tab B"), first.revision());

        assertThat(stale.saved()).isFalse();
        assertThat(stale.current().text()).isEqualTo("From tab A, longer");
        assertThat(stale.revision()).isEqualTo(second.revision());
        SaveOutcome chosen = submissions.saveAnswer(setup.assignmentId(), written, text("From tab B"), stale.revision());
        assertThat(chosen.saved()).isTrue();
    }

    @Test
    void two_tabs_saving_at_the_same_moment_never_both_win() throws Exception {
        AssignmentFixture.Setup setup = fixture.create();
        long written = question(submissions.workspace(setup.assignmentId()), QuestionType.SHORT_ANSWER);
        int base = submissions.saveAnswer(setup.assignmentId(), written, text("start"), 0).revision();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        Callable<SaveOutcome> tab = () -> {
            accounts.signInAs(setup.student().username());
            go.await();
            return submissions.saveAnswer(setup.assignmentId(), written,
                    text("from " + Thread.currentThread().getName()), base);
        };
        try {
            Future<SaveOutcome> a = tabs.submit(tab);
            Future<SaveOutcome> b = tabs.submit(tab);
            go.countDown();
            List<Boolean> saved = List.of(outcomeOf(a), outcomeOf(b));
            assertThat(saved).containsExactlyInAnyOrder(true, false);
        } finally {
            tabs.shutdownNow();
        }
    }

    private static boolean outcomeOf(Future<SaveOutcome> future) throws Exception {
        try {
            return future.get().saved();
        } catch (java.util.concurrent.ExecutionException e) {
            // The database refused the slower of two simultaneous writes: it was not applied.
            assertThat(e.getCause()).isInstanceOf(org.springframework.dao.ConcurrencyFailureException.class);
            return false;
        }
    }

    @Test
    void submitting_twice_keeps_one_submission_and_the_database_refuses_a_second_row() {
        AssignmentFixture.Setup setup = fixture.create();
        Workspace first = submissions.submit(setup.assignmentId());
        Workspace second = submissions.submit(setup.assignmentId());

        assertThat(second.submittedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                .isEqualTo(first.submittedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(submissionRows.findByStudentIdAndAssignmentIdIn(setup.student().id(), List.of(setup.assignmentId())))
                .hasSize(1);
        assertThatThrownBy(() -> submissionRows.saveAndFlush(
                new Submission(setup.assignmentId(), setup.student().id(), Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_answer_over_the_size_limit_is_refused_and_the_stored_draft_is_untouched() {
        AssignmentFixture.Setup setup = fixture.create();
        long written = question(submissions.workspace(setup.assignmentId()), QuestionType.SHORT_ANSWER);
        SaveOutcome draft = submissions.saveAnswer(setup.assignmentId(), written, text("My careful draft."), 0);

        assertThatThrownBy(() -> submissions.saveAnswer(setup.assignmentId(), written,
                text("x".repeat(AnswerLimits.MAX_TEXT + 1)), draft.revision()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 10000 characters");
        assertThat(submissions.workspace(setup.assignmentId()).questions().stream()
                .filter(q -> q.questionId() == written).findFirst().orElseThrow().answer().text())
                .isEqualTo("My careful draft.");
    }

    @Test
    void submitting_scores_choice_and_highlight_questions_and_locks_the_answers() {
        AssignmentFixture.Setup setup = fixture.create();
        Workspace workspace = submissions.workspace(setup.assignmentId());
        assertThat(workspace.questions()).allSatisfy(q ->
                assertThat(q.question().options()).noneMatch(QuestionSpec.Option::correct));
        submissions.saveAnswer(setup.assignmentId(), question(workspace, QuestionType.SINGLE_CHOICE),
                new AnswerValue(List.of(1), "", null, List.of(), List.of()), 0);
        submissions.saveAnswer(setup.assignmentId(), question(workspace, QuestionType.MULTIPLE_CHOICE),
                new AnswerValue(List.of(0), "", null, List.of(), List.of()), 0);
        ArticleContent.Paragraph key = setup.article().paragraphs().stream()
                .filter(p -> p.text().contains("more than 4,000 members")).findFirst().orElseThrow();
        submissions.saveAnswer(setup.assignmentId(), question(workspace, QuestionType.HIGHLIGHT_EVIDENCE),
                new AnswerValue(List.of(), "", null, List.of(new Passage(setup.article().versionNo(), key.anchor(), 0,
                        key.anchor(), key.text().length(), key.text())), List.of()), 0);

        Workspace submitted = submissions.submit(setup.assignmentId());

        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        assertThat(submitted.autoMaxPoints()).isEqualTo(6);
        assertThat(submitted.autoPoints()).isEqualTo(2 + 1 + 2);
        assertThat(submitted.questions().getFirst().question().options()).anyMatch(QuestionSpec.Option::correct);
        assertThatThrownBy(() -> submissions.saveAnswer(setup.assignmentId(),
                question(submitted, QuestionType.SHORT_ANSWER), text("Too late"), 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("submitted");
    }

    @Test
    void an_assignment_that_has_not_opened_or_is_closed_to_late_work_refuses_answers() {
        AssignmentFixture.Setup future = fixture.create(Instant.now().plus(Duration.ofDays(2)), null, true);
        assertThat(submissions.workspace(future.assignmentId()).questions()).isEmpty();
        assertThat(submissions.workspace(future.assignmentId()).lockedReason().english()).contains("opens on");
        long q = questionRows.findByAssignmentIdOrderByPosition(future.assignmentId()).get(2).getId();
        assertThatThrownBy(() -> submissions.saveAnswer(future.assignmentId(), q, text("early"), 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("opens on");

        AssignmentFixture.Setup past = fixture.create(Instant.now().minus(Duration.ofDays(3)),
                Instant.now().minus(Duration.ofDays(1)), false);
        long p = question(submissions.workspace(past.assignmentId()), QuestionType.SHORT_ANSWER);
        assertThat(submissions.workspace(past.assignmentId()).lockedReason().english()).contains("does not accept late work");
        assertThatThrownBy(() -> submissions.submit(past.assignmentId())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> submissions.saveAnswer(past.assignmentId(), p, text("late"), 0))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void another_student_and_the_instructor_cannot_read_or_write_a_students_work() {
        AssignmentFixture.Setup setup = fixture.create();
        long written = question(submissions.workspace(setup.assignmentId()), QuestionType.SHORT_ANSWER);
        submissions.saveAnswer(setup.assignmentId(), written, text("Mine"), 0);

        accounts.signInAs(accounts.student().username());
        assertThatThrownBy(() -> submissions.workspace(setup.assignmentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.saveAnswer(setup.assignmentId(), written, text("Theirs"), 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.submit(setup.assignmentId())).isInstanceOf(AccessDeniedException.class);
        assertThat(submissions.myAssignments()).isEmpty();

        accounts.signInAs(setup.instructor().username());
        assertThatThrownBy(() -> submissions.workspace(setup.assignmentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.saveAnswer(setup.assignmentId(), written, text("Teacher"), 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void my_assignments_lists_status_and_progress() {
        AssignmentFixture.Setup setup = fixture.create();
        assertThat(submissions.myAssignments()).singleElement().satisfies(row -> {
            assertThat(row.status()).isNull();
            assertThat(row.questions()).isEqualTo(5);
        });
        long written = question(submissions.workspace(setup.assignmentId()), QuestionType.SHORT_ANSWER);
        submissions.saveAnswer(setup.assignmentId(), written, text("Started"), 0);

        assertThat(submissions.myAssignments()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(SubmissionStatus.IN_PROGRESS);
            assertThat(row.answered()).isEqualTo(1);
            assertThat(row.className()).isEqualTo(setup.classroom().name());
        });
    }

    @Autowired
    org.sourcelens.article.ArticleService articleService;

    @Test
    void an_article_edited_after_assigning_does_not_move_the_text_under_the_students_answers() {
        AssignmentFixture.Setup setup = fixture.create();
        Workspace workspace = submissions.workspace(setup.assignmentId());
        ArticleContent.Paragraph key = setup.article().paragraphs().stream()
                .filter(p -> p.text().contains("more than 4,000 members")).findFirst().orElseThrow();
        submissions.saveAnswer(setup.assignmentId(), question(workspace, QuestionType.HIGHLIGHT_EVIDENCE),
                new AnswerValue(List.of(), "", null, List.of(new Passage(0, key.anchor(), 0, key.anchor(),
                        key.text().length(), "whatever the browser sent")), List.of()), 0);

        org.sourcelens.security.SystemTask.asAdministrator(() -> {
            var editable = articleService.editable(setup.article().articleId());
            return articleService.saveEdit(editable.articleId(), editable.versionNo(), editable.metadata(),
                    "An entirely new first paragraph.\n\n" + editable.text(), editable.notes());
        });

        Workspace after = submissions.workspace(setup.assignmentId());
        assertThat(after.articles().getFirst().versionNo()).isEqualTo(setup.article().versionNo());
        assertThat(after.questions().get(4).answer().passages().getFirst().quote()).isEqualTo(key.text());
        assertThat(submissions.submit(setup.assignmentId()).autoPoints()).isEqualTo(2.0);
    }

    @Test
    void with_show_correct_off_a_student_sees_the_total_but_not_which_answers_were_right() {
        AssignmentFixture.Setup setup = fixture.createHidingCorrectAnswers();
        Workspace workspace = submissions.workspace(setup.assignmentId());
        submissions.saveAnswer(setup.assignmentId(), question(workspace, QuestionType.SINGLE_CHOICE),
                new AnswerValue(List.of(0), "", null, List.of(), List.of()), 0);

        Workspace submitted = submissions.submit(setup.assignmentId());

        assertThat(submitted.autoPoints()).isZero();
        assertThat(submitted.questions()).allSatisfy(item -> {
            assertThat(item.points()).isNull();
            assertThat(item.explanation()).isNull();
            assertThat(item.question().options()).noneMatch(QuestionSpec.Option::correct);
        });
    }

    @Test
    void choices_and_ratings_outside_the_question_are_refused() {
        AssignmentFixture.Setup setup = fixture.create();
        Workspace workspace = submissions.workspace(setup.assignmentId());
        assertThatThrownBy(() -> submissions.saveAnswer(setup.assignmentId(),
                question(workspace, QuestionType.SINGLE_CHOICE),
                new AnswerValue(List.of(7), "", null, List.of(), List.of()), 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not one of the question's options");
        assertThatThrownBy(() -> submissions.saveAnswer(setup.assignmentId(),
                question(workspace, QuestionType.RATING_SCALE),
                new AnswerValue(List.of(), "why", 9, List.of(), List.of()), 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("scale");
    }
}
