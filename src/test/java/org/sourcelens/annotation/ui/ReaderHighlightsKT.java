package org.sourcelens.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.base.ui.Selections;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** The reader's highlight panel: the student's highlights listed, filtered by tag, and edited in place. */
class ReaderHighlightsKT extends KaribuTest {

    private static final String TEXT = "Fees at the harbour doubled on Monday, officials said.";

    @Autowired
    HighlightService highlights;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ArticleService articles;

    @Autowired
    AssignmentService assignments;

    @SuppressWarnings("unchecked")
    @Test
    void a_student_filters_their_highlights_by_tag_and_changes_one() {
        AccountSummary student = testAccounts.student();
        signInAs(testAccounts.instructor().username());
        TaughtClass classroom = classrooms.createClass("Panel class");
        classrooms.enrolStudent(classroom.id(), student.id());
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Panel article", null, null, null, null,
                null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, TEXT)), List.of(), List.of()),
                ArticleVisibility.SHARED);
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        signInAs(student.username());
        highlights.create(readingId, new Position("p1", 0, "p1", 4), "claim", null);
        highlights.create(readingId, new Position("p1", 39, "p1", 53), "source", "Unnamed");

        navigate("read/" + readingId);
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("highlight-list"));
        assertThat(_find(list, ListItem.class)).hasSize(2);
        _setValue(_get(Select.class, spec -> spec.withId("highlight-filter")), "source");
        assertThat(_find(list, ListItem.class)).singleElement()
                .satisfies(item -> assertThat(item.getElement().getTextRecursively()).contains("officials said"));

        _click(_get(list, Button.class, spec -> spec.withText("Edit")));
        _setValue(_get(list, TextArea.class), "Which officials?");
        _click(_get(list, Button.class, spec -> spec.withText("Save")));

        assertThat(highlights.mine(readingId)).extracting(h -> h.note()).containsExactly(null, "Which officials?");
    }

    @Test
    void a_selection_becomes_a_highlight_and_a_selection_that_does_not_match_the_text_is_refused() {
        AccountSummary student = testAccounts.student();
        signInAs(testAccounts.instructor().username());
        TaughtClass classroom = classrooms.createClass("Selection class");
        classrooms.enrolStudent(classroom.id(), student.id());
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Selection article", null, null, null,
                null, null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, TEXT)), List.of(),
                List.of()), ArticleVisibility.SHARED);
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        signInAs(student.username());
        navigate("read/" + readingId);
        ReaderView reader = _get(ReaderView.class);
        Button highlight = _get(Button.class, spec -> spec.withId("highlight-selection"));

        _click(highlight);
        assertThat(reader.panel.error.getText()).startsWith("Select a passage in the article first");

        Selections.select(reader.text, "p1", 39, "p1", 53, "officials sad");
        _click(highlight);
        assertThat(reader.panel.error.getText()).contains("does not match the article");
        assertThat(highlights.mine(readingId)).isEmpty();

        Selections.select(reader.text, "p1", 39, "p1", 53, "officials said");
        assertThat(reader.panel.selection.getText()).isEqualTo("Selected: “officials said”");
        _setValue(_get(Select.class, spec -> spec.withId("highlight-tag")), "source");
        _click(highlight);
        assertThat(reader.panel.error.getText()).isEmpty();
        assertThat(reader.panel.announcer.getText()).isEqualTo("Highlighted as source: officials said");
        assertThat(reader.text.selected()).isEmpty();
        assertThat(highlights.mine(readingId)).singleElement()
                .satisfies(h -> assertThat(h.quote()).isEqualTo("officials said"));
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("highlight-list"));
        assertThat(list.getElement().getTextRecursively()).contains("“officials said”");
    }
}
