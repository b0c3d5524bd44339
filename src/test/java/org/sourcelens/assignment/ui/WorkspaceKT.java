package org.sourcelens.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.AssignmentFixture;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.assignment.Workspace;
import org.springframework.beans.factory.annotation.Autowired;

/** The student's path through an assignment: open, answer every kind of question, autosave, submit, see the score. */
class WorkspaceKT extends KaribuTest {

    @Autowired
    AssignmentFixture fixture;

    @Autowired
    SubmissionService submissions;

    private WorkspaceView view() {
        return (WorkspaceView) UI.getCurrent().getCurrentView();
    }

    private QuestionCard card(int number) {
        return view().cards.get(number - 1);
    }

    @Test
    void student_answers_every_question_type_sees_it_saved_and_finds_it_again_after_the_session_expired() {
        AssignmentFixture.Setup setup = fixture.create();
        navigate("assignments");
        Anchor open = _get(_get(UnorderedList.class, spec -> spec.withId("assignment-list")), Anchor.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("status-badge")).getText()).isEqualTo("Not started");
        navigate(open.getHref());
        assertThat(currentView()).isEqualTo(WorkspaceView.class);

        _setValue(card(1).single, 1);
        _setValue(card(2).multiple, Set.of(0, 2));
        _setValue(card(3).text, "TRT World is owned by the Turkish state.");
        _setValue(card(4).rating, 2);
        _setValue(card(4).text, "Only one outlet is named and no document is shown.");
        QuestionCard third = card(3);
        _setValue(third.lateral.address, "https://en.wikipedia.org/wiki/TRT_World");
        _setValue(third.lateral.whatItSaid, "A state-owned international broadcaster.");
        _setValue(third.lateral.support, AnswerValue.Support.SUPPORTS);
        _click(third.lateral.add);

        for (int number = 1; number <= 4; number++) {
            assertThat(card(number).saveState.getText()).as("question " + number).startsWith("Saved at");
        }
        assertThat(view().progressText.getText()).isEqualTo("4 of 5 questions answered");

        MockVaadin.tearDown();
        setUpVaadinAgain();
        signInAs(setup.student().username());
        navigate(open.getHref());

        assertThat(card(1).single.getValue()).isEqualTo(1);
        assertThat(card(2).multiple.getValue()).containsExactlyInAnyOrder(0, 2);
        assertThat(card(3).text.getValue()).isEqualTo("TRT World is owned by the Turkish state.");
        assertThat(card(3).lateral.sources()).singleElement()
                .satisfies(source -> assertThat(source.support()).isEqualTo(AnswerValue.Support.SUPPORTS));
        assertThat(card(4).rating.getValue()).isEqualTo(2);
    }

    @Test
    void submitting_warns_about_unanswered_questions_then_shows_the_score_and_locks_the_answers() {
        AssignmentFixture.Setup setup = fixture.create();
        navigate("assignments/" + setup.assignmentId());
        _setValue(card(1).single, 1);
        _setValue(card(2).multiple, Set.of(0));

        _click(_get(Button.class, spec -> spec.withId("submit")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message")).contains("questions 3, 4, 5");
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

        assertThat(_get(Paragraph.class, spec -> spec.withId("auto-score")).getText())
                .startsWith("Scored at once: 3.0 of 6 points");
        assertThat(card(1).single.isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("submit"))).isEmpty();
        assertThat(_get(card(1), UnorderedList.class, spec -> spec.withClasses("option-feedback")).getElement()
                .getTextRecursively())
                .contains("Correct: TRT World (your choice)");
    }

    @Test
    void a_save_from_a_stale_tab_shows_a_conflict_instead_of_overwriting_and_keeping_mine_saves_it() {
        AssignmentFixture.Setup setup = fixture.create();
        navigate("assignments/" + setup.assignmentId());
        _setValue(card(3).text, "Written in this tab");
        Workspace.Item stored = submissions.workspace(setup.assignmentId()).questions().get(2);
        submissions.saveAnswer(setup.assignmentId(), stored.questionId(),
                new AnswerValue(List.of(), "Written in another tab", null, List.of(), List.of()), stored.revision());

        _setValue(card(3).text, "Written in this tab, more");

        assertThat(card(3).conflict.isVisible()).isTrue();
        assertThat(card(3).saveState.getText()).contains("changed elsewhere");
        assertThat(submissions.workspace(setup.assignmentId()).questions().get(2).answer().text())
                .isEqualTo("Written in another tab");
        _click(_get(card(3).conflict, Button.class, spec -> spec.withText("Keep my version")));
        assertThat(submissions.workspace(setup.assignmentId()).questions().get(2).answer().text())
                .isEqualTo("Written in this tab, more");
        assertThat(card(3).conflict.isVisible()).isFalse();
    }

    @Test
    void the_comparison_assignment_of_the_demo_shows_both_articles_and_written_comparison_questions() {
        signInAs("chloe");
        navigate("assignments");
        Anchor comparison = _find(_get(UnorderedList.class, spec -> spec.withId("assignment-list")), Anchor.class)
                .stream().filter(link -> link.getText().startsWith("Two outlets, one story")).findFirst().orElseThrow();
        navigate(comparison.getHref());

        com.vaadin.flow.component.tabs.TabSheet articles = _get(com.vaadin.flow.component.tabs.TabSheet.class);
        assertThat(articles.getElement().getTextRecursively()).contains("First article", "Second article");
        assertThat(view().cards).filteredOn(card -> card.text != null).isNotEmpty();
        assertThat(_find(Span.class, spec -> spec.withClasses("card-meta")).stream().map(Span::getText))
                .anyMatch(text -> text.startsWith("Compare the articles"));
    }
}
