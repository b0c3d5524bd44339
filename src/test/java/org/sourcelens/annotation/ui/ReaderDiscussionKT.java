package org.sourcelens.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.annotation.DiscussionService;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.HighlightView;
import org.sourcelens.annotation.Reply;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The discussion in the reader's margin: a classmate replies to a highlight, its author marks the
 * reply helpful, and the instructor pins and endorses the highlight and removes a reply.
 */
class ReaderDiscussionKT extends KaribuTest {

    private static final String TEXT = "Fees at the harbour doubled on Monday, officials said.";

    @Autowired
    HighlightService highlights;

    @Autowired
    DiscussionService discussions;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ArticleService articles;

    @Autowired
    AssignmentService assignments;

    @Test
    void classmates_discuss_a_highlight_and_the_instructor_pins_endorses_and_moderates() {
        AccountSummary instructor = testAccounts.instructor();
        AccountSummary author = testAccounts.student();
        AccountSummary classmate = testAccounts.student();
        signInAs(instructor.username());
        TaughtClass classroom = classrooms.createClass("Discussion class");
        classrooms.enrolStudent(classroom.id(), author.id());
        classrooms.enrolStudent(classroom.id(), classmate.id());
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Discussion article", null, null, null,
                null, null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, TEXT)), List.of(),
                List.of()), ArticleVisibility.SHARED);
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        signInAs(author.username());
        HighlightView highlight = highlights.create(readingId, new Position("p1", 39, "p1", 53), "source",
                "Which officials?");

        signInAs(classmate.username());
        navigate("read/" + readingId);
        ReaderView reader = _get(ReaderView.class);
        AnnotationCard card = reader.peers.list.card(highlight.id());
        assertThat(card.getElement().getTextRecursively()).contains("“officials said”", "Which officials?");
        _click(card.replyButton);
        _click(_get(card, Button.class, spec -> spec.withText("Post reply")));
        assertThat(card.replyError.getText()).isNotBlank();
        _setValue(card.replyText, "The harbour board, per paragraph 4.");
        _click(_get(card, Button.class, spec -> spec.withText("Post reply")));
        assertThat(card.replyError.getText()).isEmpty();
        assertThat(reader.panel.announcer.getText()).isEqualTo("Reply posted.");
        assertThat(card.getElement().getTextRecursively()).contains("The harbour board, per paragraph 4.");
        assertThat(card.replyText.getValue()).isEmpty();

        signInAs(author.username());
        navigate("read/" + readingId);
        reader = _get(ReaderView.class);
        AnnotationCard own = reader.panel.list.card(highlight.id());
        assertThat(own.getElement().getTextRecursively()).contains("The harbour board, per paragraph 4.",
                classmate.displayName());
        _click(_get(own, Button.class, spec -> spec.withClasses("mark-helpful")));
        Reply reply = discussions.threads(readingId).get(highlight.id()).getFirst();
        assertThat(reply.helpful()).isEqualTo(1);
        assertThat(reply.helpfulByMe()).isTrue();
        assertThat(_get(reader.panel.list.card(highlight.id()), Button.class, spec -> spec.withClasses("mark-helpful"))
                .getText()).isEqualTo("Helpful ✓ (1)");

        signInAs(instructor.username());
        navigate("read/" + readingId);
        reader = _get(ReaderView.class);
        AnnotationCard moderated = reader.peers.list.card(highlight.id());
        _click(_get(moderated, Button.class, spec -> spec.withText("Pin for the class")));
        _click(_get(moderated, Button.class, spec -> spec.withText("Endorse")));
        assertThat(moderated.getElement().getTextRecursively()).contains("Pinned for the class", "Endorsed");
        _click(_get(moderated, Button.class, spec -> spec.withClasses("delete-reply")));
        assertThat(discussions.threads(readingId)).doesNotContainKey(highlight.id());

        signInAs(author.username());
        HighlightView marked = highlights.mine(readingId).getFirst();
        assertThat(marked.pinned()).isTrue();
        assertThat(marked.endorsed()).isTrue();
        navigate("read/" + readingId);
        assertThat(_get(ReaderView.class).panel.list.card(highlight.id()).getElement().getTextRecursively())
                .contains("Pinned by your teacher", "Endorsed by your teacher");
    }

    @Test
    void a_reply_being_typed_survives_an_update_of_the_list() {
        AccountSummary instructor = testAccounts.instructor();
        AccountSummary author = testAccounts.student();
        AccountSummary classmate = testAccounts.student();
        signInAs(instructor.username());
        TaughtClass classroom = classrooms.createClass("Typing class");
        classrooms.enrolStudent(classroom.id(), author.id());
        classrooms.enrolStudent(classroom.id(), classmate.id());
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Typing article", null, null, null,
                null, null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, TEXT)), List.of(),
                List.of()), ArticleVisibility.SHARED);
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        signInAs(author.username());
        HighlightView first = highlights.create(readingId, new Position("p1", 39, "p1", 53), "source", null);

        signInAs(classmate.username());
        navigate("read/" + readingId);
        ReaderView reader = _get(ReaderView.class);
        AnnotationCard card = reader.peers.list.card(first.id());
        _click(card.replyButton);
        _setValue(card.replyText, "Half a thought");

        signInAs(author.username());
        highlights.create(readingId, new Position("p1", 0, "p1", 4), "claim", null);
        signInAs(classmate.username());
        reader.classmatesChanged(); // what a live update runs in the page
        assertThat(reader.peers.list.getChildren()).hasSize(2);
        assertThat(reader.peers.list.card(first.id())).isSameAs(card);
        assertThat(_get(card, TextArea.class).getValue()).isEqualTo("Half a thought");
        assertThat(reader.panel.announcer.getText()).isEqualTo("A new highlight from a classmate.");
    }

    @Test
    void a_reply_arriving_live_is_announced_to_the_highlights_author() {
        AccountSummary instructor = testAccounts.instructor();
        AccountSummary author = testAccounts.student();
        AccountSummary classmate = testAccounts.student();
        signInAs(instructor.username());
        TaughtClass classroom = classrooms.createClass("Announcing class");
        classrooms.enrolStudent(classroom.id(), author.id());
        classrooms.enrolStudent(classroom.id(), classmate.id());
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Announcing article", null, null, null,
                null, null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, TEXT)), List.of(),
                List.of()), ArticleVisibility.SHARED);
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        signInAs(author.username());
        HighlightView highlight = highlights.create(readingId, new Position("p1", 39, "p1", 53), "source", null);
        navigate("read/" + readingId);
        ReaderView reader = _get(ReaderView.class);
        assertThat(reader.panel.announcer.getText()).isEmpty();

        signInAs(classmate.username());
        discussions.reply(highlight.id(), "Which officials, though?");
        signInAs(author.username());
        reader.classmatesChanged(); // what a live update runs in the page
        assertThat(reader.panel.announcer.getText()).isEqualTo("A new reply in the discussion.");
        assertThat(reader.panel.announcer.getElement().getAttribute("aria-live")).isEqualTo("polite");
    }
}
