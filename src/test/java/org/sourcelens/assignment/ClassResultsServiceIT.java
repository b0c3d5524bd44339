package org.sourcelens.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.StatementCounter;
import org.sourcelens.TestAccounts;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The class dashboard, the grading queue and returned feedback on a known data set: four students,
 * two of whom submitted, one still working and one not started.
 */
@IntegrationTest
class ClassResultsServiceIT {

    @Autowired
    AssignmentFixture fixture;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ClassResultsService results;

    @Autowired
    GradingService grading;

    @Autowired
    TestAccounts accounts;

    @Autowired
    StatementCounter statements;

    AssignmentFixture.Setup setup;
    AccountSummary ann;
    AccountSummary ben;
    AccountSummary cat;
    AccountSummary dan;
    List<Workspace.Item> questions;

    @BeforeEach
    void aClassWithWorkInEveryState() {
        setup = fixture.create();
        ann = setup.student();
        questions = submissions.workspace(setup.assignmentId()).questions();
        Passage key = AssignmentFixture.everyType(setup.article()).get(4).keyPassages().getFirst();
        save(0, new AnswerValue(List.of(1), null, null, null, null));
        save(1, new AnswerValue(List.of(0, 2), null, null, null, null));
        save(2, new AnswerValue(null, "TRT World, a Turkish state broadcaster.", null, null, null));
        save(3, new AnswerValue(null, "Only one unnamed source.", 2, null, null));
        save(4, new AnswerValue(null, null, null, List.of(key), null));
        submissions.submit(setup.assignmentId());

        ben = fixture.addStudent(setup);
        save(0, new AnswerValue(List.of(0), null, null, null, null));
        save(1, new AnswerValue(List.of(1), null, null, null, null));
        save(2, new AnswerValue(null, "The MEK.", null, null, null));
        submissions.submit(setup.assignmentId());

        cat = fixture.addStudent(setup);
        save(0, new AnswerValue(List.of(0), null, null, null, null));

        dan = fixture.addStudent(setup);
        accounts.signInAs(setup.instructor().username());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void save(int index, AnswerValue value) {
        submissions.saveAnswer(setup.assignmentId(), questions.get(index).questionId(), value, 0);
    }

    private ClassDashboard.StudentRow row(ClassDashboard dashboard, AccountSummary student) {
        return dashboard.students().stream().filter(r -> r.studentId() == student.id()).findFirst().orElseThrow();
    }

    @Test
    void the_dashboard_counts_students_by_state_and_shows_each_ones_progress_and_points() {
        ClassDashboard dashboard = results.dashboard(setup.assignmentId());

        assertThat(dashboard.counts()).isEqualTo(new ClassDashboard.Counts(1, 1, 2, 0, 0));
        assertThat(dashboard.maxPoints()).isEqualTo(11);
        assertThat(dashboard.students()).hasSize(4);
        assertThat(row(dashboard, ann)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(WorkStatus.SUBMITTED);
            assertThat(r.answered()).isEqualTo(5);
            assertThat(r.points()).isEqualTo(6.0);
            assertThat(r.ungraded()).isEqualTo(2);
        });
        assertThat(row(dashboard, ben)).satisfies(r -> {
            assertThat(r.answered()).isEqualTo(3);
            assertThat(r.points()).isEqualTo(0.0);
            assertThat(r.ungraded()).isEqualTo(2);
        });
        assertThat(row(dashboard, cat)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(WorkStatus.IN_PROGRESS);
            assertThat(r.answered()).isEqualTo(1);
            assertThat(r.points()).isNull();
        });
        assertThat(row(dashboard, dan).status()).isEqualTo(WorkStatus.NOT_STARTED);
    }

    @Test
    void the_dashboard_shows_the_spread_of_answers_per_question() {
        List<ClassDashboard.QuestionStats> stats = results.dashboard(setup.assignmentId()).questions();

        ClassDashboard.QuestionStats single = stats.get(0);
        assertThat(single.answered()).isEqualTo(3);
        assertThat(single.bars()).extracting(ClassDashboard.Bar::count).containsExactly(2L, 1L, 0L);
        assertThat(single.bars()).extracting(ClassDashboard.Bar::correct).containsExactly(false, true, false);
        assertThat(single.bars()).extracting(ClassDashboard.Bar::emphasis).containsExactly(true, false, false);
        assertThat(single.summary().english()).isEqualTo("Most chosen wrong option: A (2).");

        assertThat(stats.get(1).bars()).extracting(ClassDashboard.Bar::count).containsExactly(1L, 1L, 1L);
        assertThat(stats.get(2).bars()).extracting(bar -> bar.label().english(), ClassDashboard.Bar::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Proficient", 0L),
                        org.assertj.core.groups.Tuple.tuple("Emergent", 0L),
                        org.assertj.core.groups.Tuple.tuple("Basic", 0L),
                        org.assertj.core.groups.Tuple.tuple("Not graded yet", 2L));
        assertThat(stats.get(3).bars()).extracting(ClassDashboard.Bar::count).containsExactly(0L, 1L, 0L, 0L, 0L);
        assertThat(stats.get(3).bars().getFirst().label().english()).isEqualTo("1 (Very weak)");
        assertThat(stats.get(4).bars()).extracting(ClassDashboard.Bar::count).containsExactly(1L, 0L, 1L);
        assertThat(stats.get(4).summary().english()).isEqualTo("1 of 2 submitted students hit the key.");
    }

    @Test
    void grading_a_question_across_the_class_then_returning_shows_students_their_levels_and_comments() {
        long written = questions.get(2).questionId();
        GradingQueue queue = grading.queue(setup.assignmentId(), written);
        assertThat(queue.entries()).extracting(GradingQueue.Entry::studentId)
                .containsExactlyInAnyOrder(ann.id(), ben.id());
        assertThat(queue.questions()).extracting(GradingQueue.QuestionRef::ungraded).containsExactly(0, 0, 2, 2, 0);

        grading.grade(setup.assignmentId(), written, ann.id(), "Proficient", null, "Names the broadcaster.");
        grading.grade(setup.assignmentId(), written, ben.id(), "Basic", null, "Who published it?");
        grading.grade(setup.assignmentId(), questions.get(0).questionId(), ben.id(), null, 1.0,
                "Half a point each way: the MEK is the subject.");
        GradingQueue after = grading.queue(setup.assignmentId(), written);
        assertThat(after.usedComments()).containsExactlyInAnyOrder("Names the broadcaster.", "Who published it?");
        assertThat(after.entries()).filteredOn(e -> e.studentId() == ann.id()).singleElement()
                .satisfies(e -> assertThat(e.grade().points()).isEqualTo(3.0));

        ClassDashboard dashboard = results.dashboard(setup.assignmentId());
        assertThat(row(dashboard, ann).points()).isEqualTo(9.0);
        assertThat(row(dashboard, ben).points()).isEqualTo(1.0);
        assertThat(dashboard.questions().get(2).bars()).extracting(ClassDashboard.Bar::count)
                .containsExactly(1L, 0L, 1L, 0L);

        accounts.signInAs(ann.username());
        assertThat(submissions.workspace(setup.assignmentId()).returnedPoints()).isNull();
        accounts.signInAs(setup.instructor().username());
        assertThat(grading.returnWork(setup.assignmentId(), null)).isEqualTo(2);
        assertThat(results.dashboard(setup.assignmentId()).counts().returned()).isEqualTo(2);

        accounts.signInAs(ann.username());
        Workspace returned = submissions.workspace(setup.assignmentId());
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.returnedPoints()).isEqualTo(9.0);
        assertThat(returned.maxPoints()).isEqualTo(11);
        assertThat(returned.questions().get(2)).satisfies(item -> {
            assertThat(item.points()).isEqualTo(3.0);
            assertThat(item.rubricLevel()).isEqualTo("Proficient");
            assertThat(item.comment()).isEqualTo("Names the broadcaster.");
        });
        accounts.signInAs(ben.username());
        assertThat(submissions.workspace(setup.assignmentId()).questions().getFirst()).satisfies(item -> {
            assertThat(item.points()).isEqualTo(1.0);
            assertThat(item.comment()).startsWith("Half a point");
        });
    }

    @Test
    void work_in_progress_cannot_be_graded_or_returned_and_bad_grades_are_refused() {
        long written = questions.get(2).questionId();
        assertThatThrownBy(() -> grading.grade(setup.assignmentId(), written, cat.id(), "Basic", null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not submitted");
        assertThatThrownBy(() -> grading.grade(setup.assignmentId(), written, dan.id(), "Basic", null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> grading.returnWork(setup.assignmentId(), cat.id()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> grading.grade(setup.assignmentId(), written, ann.id(), "Excellent", null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rubric");
        assertThatThrownBy(() -> grading.grade(setup.assignmentId(), written, ann.id(), null, 4.0, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("between 0 and 3");
        assertThatThrownBy(() -> grading.grade(setup.assignmentId(), written, ann.id(), null, null, "Nice"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> grading.grade(setup.assignmentId(), written, ann.id(), "Basic", null, "x".repeat(2001)))
                .isInstanceOf(ValidationException.class);
        assertThat(grading.returnWork(setup.assignmentId(), ann.id())).isEqualTo(1);
        assertThat(results.dashboard(setup.assignmentId()).counts()).isEqualTo(new ClassDashboard.Counts(1, 1, 1, 1, 0));
    }

    @Test
    void the_student_drill_down_has_every_answer_with_scores_and_grades() {
        grading.grade(setup.assignmentId(), questions.get(2).questionId(), ann.id(), "Emergent", null, "Go further.");
        StudentWork work = results.studentWork(setup.assignmentId(), ann.id());
        assertThat(work.displayName()).isEqualTo(ann.displayName());
        assertThat(work.items()).hasSize(5);
        assertThat(work.items().get(2).grade().rubricLevel()).isEqualTo("Emergent");
        assertThat(work.items().get(2).points()).isEqualTo(1.5);
        assertThat(work.items().get(3).answer().rating()).isEqualTo(2);
        assertThat(work.items().get(4).autoPoints()).isEqualTo(2.0);
        assertThat(work.points()).isEqualTo(7.5);
        assertThat(work.articles()).hasSize(1);
        assertThat(results.studentWork(setup.assignmentId(), dan.id()).status()).isEqualTo(WorkStatus.NOT_STARTED);
    }

    @Test
    void students_and_other_instructors_are_refused_by_every_method() {
        long written = questions.get(2).questionId();
        for (String username : List.of(ann.username(), accounts.instructor().username())) {
            accounts.signInAs(username);
            assertThatThrownBy(() -> results.dashboard(setup.assignmentId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> results.studentWork(setup.assignmentId(), ann.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> grading.queue(setup.assignmentId(), written))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> grading.grade(setup.assignmentId(), written, ann.id(), "Proficient", null, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> grading.returnWork(setup.assignmentId(), null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> results.resultsCsv(setup.assignmentId()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        accounts.signInAs(setup.instructor().username());
        assertThat(grading.queue(setup.assignmentId(), written).entries()).allSatisfy(e -> assertThat(e.grade()).isNull());
    }

    @Test
    void the_dashboard_takes_the_same_number_of_statements_for_a_small_and_a_larger_class() {
        long small = statements.count(() -> results.dashboard(setup.assignmentId()));
        for (int i = 0; i < 12; i++) {
            fixture.addStudent(setup);
            save(0, new AnswerValue(List.of(i % 3), null, null, null, null));
            save(2, new AnswerValue(null, "Answer " + i, null, null, null));
            if (i % 2 == 0) {
                submissions.submit(setup.assignmentId());
                accounts.signInAs(setup.instructor().username());
                grading.grade(setup.assignmentId(), questions.get(2).questionId(),
                        results.dashboard(setup.assignmentId()).students().stream()
                                .filter(r -> r.answered() == 2 && r.status() == WorkStatus.SUBMITTED
                                        && r.ungraded() > 0).findFirst().orElseThrow().studentId(),
                        "Basic", null, "More " + i);
            }
        }
        accounts.signInAs(setup.instructor().username());
        long large = statements.count(() -> results.dashboard(setup.assignmentId()));
        assertThat(results.dashboard(setup.assignmentId()).students()).hasSize(16);
        assertThat(small).isPositive();
        assertThat(large).isEqualTo(small);
    }

    @Test
    void the_results_csv_opens_back_into_the_same_values() throws java.io.IOException {
        String comment = "Good, \"clear\" — naïve?\nSecond line 👍";
        grading.grade(setup.assignmentId(), questions.get(2).questionId(), ann.id(), "Proficient", null, comment);
        byte[] csv = results.resultsCsv(setup.assignmentId());

        assertThat(java.util.Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8).substring(1);
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactly(ClassResultsService.RESULT_COLUMNS);
            List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(4 * 6);
            org.apache.commons.csv.CSVRecord written = rows.stream()
                    .filter(r -> r.get("username").equals(ann.username()) && r.get("question").equals("3"))
                    .findFirst().orElseThrow();
            assertThat(written.get("answer")).isEqualTo("TRT World, a Turkish state broadcaster.");
            assertThat(written.get("rubric level")).isEqualTo("Proficient");
            assertThat(written.get("points")).isEqualTo("3.0");
            assertThat(written.get("max points")).isEqualTo("3");
            assertThat(written.get("comment")).isEqualTo(comment);
            assertThat(written.get("student")).isEqualTo(ann.displayName());
            org.apache.commons.csv.CSVRecord total = rows.stream()
                    .filter(r -> r.get("username").equals(ann.username()) && r.get("question").equals("total"))
                    .findFirst().orElseThrow();
            assertThat(total.get("points")).isEqualTo("9.0");
            assertThat(total.get("max points")).isEqualTo("11");
            assertThat(total.get("status")).isEqualTo("Submitted");
            org.apache.commons.csv.CSVRecord choice = rows.stream()
                    .filter(r -> r.get("username").equals(ann.username()) && r.get("question").equals("2"))
                    .findFirst().orElseThrow();
            assertThat(choice.get("answer")).isEqualTo("A. Olsi Jazexhi | C. Seyed Mohammad Marandi");
            assertThat(rows.stream().filter(r -> r.get("username").equals(dan.username()))
                    .map(r -> r.get("status")).distinct()).containsExactly("Not started");
        }
        accounts.signInAs(ann.username());
        assertThatThrownBy(() -> results.resultsCsv(setup.assignmentId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_grade_changed_after_return_reaches_the_student_only_when_returned_again() {
        long written = questions.get(2).questionId();
        grading.grade(setup.assignmentId(), written, ann.id(), "Proficient", null, "Well done.");
        grading.returnWork(setup.assignmentId(), ann.id());
        grading.grade(setup.assignmentId(), written, ann.id(), "Basic", null, "On second reading: no.");
        assertThat(row(results.dashboard(setup.assignmentId()), ann).changedSinceReturn()).isTrue();

        accounts.signInAs(ann.username());
        Workspace.Item seen = submissions.workspace(setup.assignmentId()).questions().get(2);
        assertThat(seen.rubricLevel()).isEqualTo("Proficient");
        assertThat(seen.comment()).isEqualTo("Well done.");
        assertThat(seen.points()).isEqualTo(3.0);

        accounts.signInAs(setup.instructor().username());
        grading.returnWork(setup.assignmentId(), ann.id());
        assertThat(row(results.dashboard(setup.assignmentId()), ann).changedSinceReturn()).isFalse();
        accounts.signInAs(ann.username());
        Workspace again = submissions.workspace(setup.assignmentId());
        assertThat(again.questions().get(2).rubricLevel()).isEqualTo("Basic");
        assertThat(again.questions().get(2).comment()).isEqualTo("On second reading: no.");
        assertThat(again.returnedPoints()).isEqualTo(6.0);
    }

    @Test
    void before_return_the_student_sees_no_grade_and_points_can_override_a_level_without_losing_it() {
        long written = questions.get(2).questionId();
        GradingQueue.GradeView grade = grading.grade(setup.assignmentId(), written, ann.id(), "Emergent", 2.0, "Close.");
        assertThat(grade.rubricLevel()).isEqualTo("Emergent");
        assertThat(grade.points()).isEqualTo(2.0);
        assertThatThrownBy(() -> grading.grade(setup.assignmentId(), written, ann.id(), "x".repeat(150), 1.0, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rubric");

        accounts.signInAs(ann.username());
        Workspace.Item item = submissions.workspace(setup.assignmentId()).questions().get(2);
        assertThat(item.points()).isNull();
        assertThat(item.rubricLevel()).isNull();
        assertThat(item.comment()).isNull();
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text() throws java.io.IOException {
        grading.grade(setup.assignmentId(), questions.get(2).questionId(), ann.id(), "Basic", null, "=HYPERLINK(\"x\")");
        String text = new String(results.resultsCsv(setup.assignmentId()), java.nio.charset.StandardCharsets.UTF_8);
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text.substring(1)))) {
            assertThat(parser.getRecords()).filteredOn(r -> r.get("username").equals(ann.username())
                    && r.get("question").equals("3")).singleElement()
                    .satisfies(r -> assertThat(r.get("comment")).isEqualTo("'=HYPERLINK(\"x\")"));
        }
    }
}
