package org.sourcelens.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.assignment.QuestionSetService;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionType;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** The instructor writes a question set in the editor, previews it, and assigns it; the student then has it. */
class QuestionSetEditorKT extends KaribuTest {

    @Autowired
    QuestionSetService questionSets;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    SubmissionService submissions;

    private QuestionSetEditorView editor() {
        return (QuestionSetEditorView) UI.getCurrent().getCurrentView();
    }

    private QuestionForm form() {
        return _get(QuestionForm.class);
    }

    @Test
    void instructor_writes_a_choice_and_a_highlight_question_reorders_them_and_assigns_the_set() {
        AccountSummary instructor = testAccounts.instructor();
        signInAs(instructor.username());
        navigate("question-sets");
        _setValue(_get(TextField.class, spec -> spec.withId("new-set-title")), "Who is behind it?");
        _click(_get(Button.class, spec -> spec.withId("create-set")));
        assertThat(currentView()).isEqualTo(QuestionSetEditorView.class);

        _click(_get(Button.class, spec -> spec.withId("add-question")));
        _setValue(form().prompt, "Who publishes TRT World?");
        _setValue(form().options.rows.get(0).text(), "The Turkish state broadcaster");
        _setValue(form().options.rows.get(0).feedback(), "Right: TRT is state-owned.");
        _setValue(form().options.rows.get(1).text(), "An independent cooperative");
        _click(form().save);

        _click(_get(Button.class, spec -> spec.withId("add-question")));
        _setValue(form().type, QuestionType.HIGHLIGHT_EVIDENCE);
        _setValue(form().prompt, "Highlight the figure for the members Albania took in.");
        _setValue(form().keyArticle, form().keyArticle.getListDataView().getItems()
                .filter(a -> a.title().startsWith("Albania becomes")).findFirst().orElseThrow());
        _setValue(form().keyQuotes, "more than 4,000 members");
        _click(form().save);

        OrderedList list = _get(OrderedList.class, spec -> spec.withId("questions"));
        assertThat(_find(list, ListItem.class)).hasSize(2);
        _click(_get(Button.class, spec -> spec.withText("Move up").withPredicate(
                b -> "Move up question 2".equals(b.getElement().getAttribute("aria-label")))));
        long setId = questionSets.mySets().getFirst().id();
        List<QuestionSpec> specs = questionSets.set(setId).questions().stream().map(i -> i.spec()).toList();
        assertThat(specs).extracting(QuestionSpec::type)
                .containsExactly(QuestionType.HIGHLIGHT_EVIDENCE, QuestionType.SINGLE_CHOICE);
        assertThat(specs.get(1).options().getFirst().correct()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("preview-set")));
        Dialog preview = _get(Dialog.class);
        assertThat(_find(preview, QuestionCard.class)).hasSize(2);
        preview.close();

        TaughtClass classroom = classrooms.createClass("Editor class");
        AccountSummary student = testAccounts.student();
        classrooms.enrolStudent(classroom.id(), student.id());
        navigate("teach/" + classroom.id());
        AssignmentForm assign = _get(AssignmentForm.class);
        _setValue(assign.article, assign.article.getListDataView().getItems()
                .filter(a -> a.title().startsWith("Albania becomes")).findFirst().orElseThrow());
        _setValue(assign.questionSet, assign.questionSet.getListDataView().getItems().findFirst().orElseThrow());
        _click(assign.assign);

        signInAs(student.username());
        assertThat(submissions.myAssignments()).singleElement()
                .satisfies(row -> assertThat(row.questions()).isEqualTo(2));
    }

    @Test
    void an_incomplete_question_is_refused_in_the_form_with_a_message() {
        signInAs(testAccounts.instructor().username());
        long setId = questionSets.createSet("Incomplete", null);
        navigate("question-sets/" + setId);
        _click(_get(Button.class, spec -> spec.withId("add-question")));
        _click(form().save);

        assertThat(form().error.getText()).contains("Write the question");
        assertThat(questionSets.set(setId).questions()).isEmpty();
        assertThat(_find(_get(OrderedList.class, spec -> spec.withId("questions")), Paragraph.class)).isEmpty();
    }
}
