package org.sourcelens.teaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.assignment.ClassDashboard;
import org.sourcelens.assignment.ClassResultsService;
import org.sourcelens.assignment.ClassWorkFixture;
import org.sourcelens.assignment.ui.WorkspaceView;
import org.sourcelens.base.ui.AccessDeniedView;
import org.sourcelens.base.ui.BarChart;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instructor's class views on a known data set (see {@link ClassWorkFixture}): the dashboard's
 * counts and distributions, the grading queue (grade, comment, next, return) and the student's view
 * of returned feedback; and who may not open them.
 */
class TeachingKT extends KaribuTest {

    @Autowired
    ClassWorkFixture fixture;

    @Autowired
    ClassResultsService results;

    @Autowired
    org.sourcelens.assignment.AssignmentService assignments;

    @Autowired
    org.sourcelens.annotation.HighlightService highlights;

    @Test
    void the_dashboard_shows_counts_a_row_per_student_and_the_spread_of_answers() {
        ClassWorkFixture.ClassWork work = fixture.create();
        navigate("teach/assignments/" + work.assignmentId());
        ClassDashboardView view = _get(ClassDashboardView.class);

        assertThat(view.counts.get("not-started").getText()).isEqualTo("1");
        assertThat(view.counts.get("in-progress").getText()).isEqualTo("1");
        assertThat(view.counts.get("submitted").getText()).isEqualTo("2");
        assertThat(view.counts.get("returned").getText()).isEqualTo("0");
        List<ClassDashboard.StudentRow> rows = view.roster.getGenericDataView().getItems().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows).filteredOn(r -> r.studentId() == work.ann().id()).singleElement()
                .satisfies(r -> assertThat(r.points()).isEqualTo(6.0));

        var single = view.charts.get(work.questionIds().get(0));
        assertThat(single.bars()).extracting(BarChart.Bar::value).containsExactly(2L, 1L, 0L);
        assertThat(single.bars()).extracting(BarChart.Bar::emphasis).containsExactly(true, false, false);
        assertThat(single.bars()).extracting(BarChart.Bar::correct).containsExactly(false, true, false);
        assertThat(single.table().getElement().getTextRecursively()).contains("most chosen wrong answer", "correct");
        assertThat(view.charts.get(work.questionIds().get(3)).bars()).extracting(BarChart.Bar::value)
                .containsExactly(0L, 1L, 0L, 0L, 0L);
        assertThat(_get(Paragraph.class, spec -> spec.withText("Most chosen wrong option: A (2)."))).isNotNull();
    }

    @Test
    void the_instructor_grades_a_question_across_the_class_returns_it_and_the_student_sees_the_feedback() {
        ClassWorkFixture.ClassWork work = fixture.create();
        long written = work.questionIds().get(2);
        com.vaadin.flow.component.UI.getCurrent().navigate("teach/assignments/" + work.assignmentId() + "/grade/"
                + written, com.vaadin.flow.router.QueryParameters.of("student", String.valueOf(work.ann().id())));
        GradingView view = _get(GradingView.class);
        assertThat(view.queue.entries()).hasSize(2);
        String first = view.queue.entries().get(view.index).displayName();
        assertThat(first).isEqualTo(work.ann().displayName());
        assertThat(view.position.getText()).isEqualTo("Answer " + (view.index + 1) + " of 2 · 0 graded");

        view.comment.setValue("Good: names the broadcaster.");
        _click(view.levelButtons.getFirst());
        assertThat(view.saveState.getText()).isEqualTo("Graded: Proficient, 3 of 3 points.");
        assertThat(view.levelButtons.getFirst().getElement().getAttribute("aria-pressed")).isEqualTo("true");

        view.move(view.index == 0 ? 1 : -1);
        assertThat(view.queue.entries().get(view.index).displayName()).isNotEqualTo(first);
        view.chooseLevel(3);
        assertThat(view.saveState.getText()).isEqualTo("Graded: Basic, 0 of 3 points.");
        _click(_get(view.entryPanel, Button.class, spec -> spec.withClasses("reuse-comment")));
        assertThat(view.comment.getValue()).isEqualTo("Good: names the broadcaster.");
        view.comment.setValue("Who published it? Look at the top of the page.");
        _click(_get(Button.class, spec -> spec.withId("save-comment")));
        assertThat(view.queue.entries().get(view.index).grade().comment()).startsWith("Who published it?");
        assertThat(view.position.getText()).endsWith("2 graded");

        navigate("teach/assignments/" + work.assignmentId());
        ClassDashboardView dashboard = _get(ClassDashboardView.class);
        assertThat(dashboard.charts.get(written).bars()).extracting(BarChart.Bar::value).containsExactly(1L, 0L, 1L, 0L);
        _click(_get(Button.class, spec -> spec.withId("return-all")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        assertThat(dashboard.counts.get("returned").getText()).isEqualTo("2");

        signInAs(work.ann().username());
        navigate("assignments/" + work.assignmentId());
        WorkspaceView workspace = _get(WorkspaceView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("returned-score")).getText())
                .startsWith("Returned by your teacher: 9.0 of 11 points.");
        String annCard = workspace.getElement().getTextRecursively();
        assertThat(annCard).contains("Rubric level: Proficient", "Your teacher's comment: Good: names the broadcaster.");
    }

    @Test
    void the_drill_down_shows_a_students_answers_lateral_reading_and_scores() {
        ClassWorkFixture.ClassWork work = fixture.create();
        // Ann highlights in the class's reading of the same article; the drill-down marks it in the text.
        long reading = assignments.assignReading(work.setup().classroom().id(), work.setup().article().articleId())
                .assignmentId();
        signInAs(work.ann().username());
        highlights.create(reading, new org.sourcelens.annotation.anchoring.Position("p1", 0, "p1", 5), "claim",
                "Who says so?");
        signInAs(work.setup().instructor().username());
        navigate("teach/assignments/" + work.assignmentId() + "/students/" + work.ann().id());
        StudentWorkView view = _get(StudentWorkView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains(work.ann().displayName(), "TRT World, a Turkish state broadcaster.",
                "Lateral reading (1):", "supports the claim: State-owned", "Rating: 2 on 1–5",
                "6 of 11 points", "Not graded yet.", "1 highlight in the reading, marked in the text.");
        assertThat(_find(view, org.sourcelens.article.ui.ArticleReader.class).getFirst().getElement()
                .getOuterHTML()).contains("title=\"claim: Who says so?\"");
        assertThat(_find(view, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Grade this answer")))
                .hasSize(2);
    }

    @Test
    void students_and_other_instructors_cannot_open_the_class_views() {
        ClassWorkFixture.ClassWork work = fixture.create();
        List<String> routes = List.of("teach/assignments/" + work.assignmentId(),
                "teach/assignments/" + work.assignmentId() + "/grade/" + work.questionIds().get(2),
                "teach/assignments/" + work.assignmentId() + "/students/" + work.ann().id());
        signInAs(work.ann().username());
        for (String route : routes) {
            assertThatThrownBy(() -> navigate(route)).isInstanceOf(MockAccessDeniedException.class);
        }
        signInAs(testAccounts.instructor().username());
        for (String route : routes) {
            navigate(route);
            assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        }
    }

    @Test
    void a_comment_typed_before_moving_on_is_saved_with_the_grade_or_keeps_the_grader_on_the_answer() {
        ClassWorkFixture.ClassWork work = fixture.create();
        long written = work.questionIds().get(2);
        com.vaadin.flow.component.UI.getCurrent().navigate("teach/assignments/" + work.assignmentId() + "/grade/"
                + written, com.vaadin.flow.router.QueryParameters.of("student", String.valueOf(work.ann().id())));
        GradingView view = _get(GradingView.class);
        int start = view.index;

        view.comment.setValue("Not graded yet, but noted.");
        view.move(start == 0 ? 1 : -1);
        assertThat(view.index).isEqualTo(start);
        assertThat(view.error.getText()).contains("comment is saved with the grade");
        assertThat(view.comment.getValue()).isEqualTo("Not graded yet, but noted.");

        view.chooseLevel(2);
        view.comment.setValue("Changed my mind about the wording.");
        view.move(start == 0 ? 1 : -1);
        assertThat(view.index).isNotEqualTo(start);
        assertThat(view.queue.entries().get(start).grade()).satisfies(grade -> {
            assertThat(grade.rubricLevel()).isEqualTo("Emergent");
            assertThat(grade.comment()).isEqualTo("Changed my mind about the wording.");
        });
    }
}
