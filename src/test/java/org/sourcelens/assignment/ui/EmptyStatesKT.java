package org.sourcelens.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.article.ArticleService;
import org.sourcelens.assignment.AssignmentFixture;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.QuestionSetService;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.classroom.ClassroomService;
import org.springframework.beans.factory.annotation.Autowired;

/** Every list that can be empty says so and says what to do next. */
class EmptyStatesKT extends KaribuTest {

    @Autowired ClassroomService classrooms;
    @Autowired ArticleService articles;
    @Autowired AssignmentService assignments;
    @Autowired QuestionSetService questionSets;
    @Autowired AssignmentFixture fixture;
    @Autowired SubmissionService submissions;

    private static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String textOf(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void a_new_student_is_told_to_join_with_the_code_and_that_assignments_come_from_the_teacher() {
        signInAs(testAccounts.student().username());
        navigate("classes");
        assertThat(textOf("class-list")).contains("not in a class yet").contains("join code");
        navigate("assignments");
        assertThat(textOf("assignment-list")).contains("When your teacher assigns one");
    }

    @Test
    void a_new_instructor_is_told_how_to_make_a_class_and_a_question_set_and_can_copy_the_starters() {
        signInAs(testAccounts.instructor().username());
        navigate("teach");
        assertThat(textOf("class-list")).contains("no classes yet").contains("Create one below");

        navigate("question-sets");
        assertThat(textOf("question-set-list")).contains("No question sets yet").contains("starter sets");
        _click(_get(Button.class, spec -> spec.withId("copy-starter-sets")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("question-set-list")).getChildren()
                .filter(ListItem.class::isInstance).count()).isEqualTo(questionSets.mySets().size()).isPositive();
        assertThat(textOf("question-set-list")).doesNotContain("No question sets yet");
    }

    @Test
    void a_class_without_readings_points_to_the_assign_form_and_its_dashboard_to_the_join_code() {
        signInAs(testAccounts.instructor().username());
        long classId = classrooms.createClass("Empty class").id();
        navigate("teach/" + classId);
        assertThat(textOf("reading-list")).contains("No readings assigned yet").contains("Assign work");

        long article = articles.assignableArticles().getFirst().id();
        long assignmentId = assignments.assignReading(classId, article).assignmentId();
        navigate("teach/assignments/" + assignmentId);
        assertThat(grid("roster").getEmptyStateText()).contains("join code");
    }

    @Test
    void the_grading_queue_of_an_assignment_nobody_submitted_says_what_will_appear() {
        AssignmentFixture.Setup setup = fixture.create();
        long questionId = submissions.workspace(setup.assignmentId()).questions().get(2).questionId();
        signInAs(setup.instructor().username());
        navigate("teach/assignments/" + setup.assignmentId() + "/grade/" + questionId);
        assertThat(_get(Paragraph.class, spec -> spec.withId("nothing-to-grade")).getText())
                .startsWith("Nothing to grade yet").contains("class dashboard");
    }

    @Test
    void a_library_search_without_results_and_an_empty_audit_filter_say_how_to_find_more() {
        signInAs(testAccounts.instructor().username());
        navigate("library");
        assertThat(grid("library-grid").getEmptyStateText()).contains("clear the search")
                .contains("import");

        signInAs("admin");
        navigate("admin/audit");
        TextField student = _get(TextField.class, spec -> spec.withId("audit-student"));
        _setValue(student, "nobody-by-this-name");
        assertThat(grid("audit-grid").getEmptyStateText()).contains("clear the field");
        _setValue(student, "");
        assertThat(grid("audit-grid").getEmptyStateText()).startsWith("Nothing recorded yet");
    }

    @Test
    void a_reader_without_highlights_says_how_to_make_the_first_one() {
        AssignmentFixture.Setup setup = fixture.create();
        navigate("read/" + setup.assignmentId());
        assertThat(textOf("highlight-list")).contains("No highlights yet").contains("Select a passage");
    }

    @Test
    void an_address_with_nothing_behind_it_says_what_to_do() {
        signInAs(testAccounts.student().username());
        navigate("read/999999999");
        assertThat(_get(Main.class, spec -> spec.withId("not-found")).getElement().getTextRecursively())
                .contains("Check the address");
    }
}
