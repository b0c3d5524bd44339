package org.sourcelens.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.EditResult;
import org.sourcelens.article.EditableArticle;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.article.ReanchorReport;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class HighlightServiceIT {

    private static final String FIRST = "Fees at the harbour doubled on Monday, officials said.";
    private static final String SECOND = "“We were not consulted,” said Maria Okonkwo, a harbour pilot.";
    private static final String THIRD = "The board meets again in May.";

    @Autowired
    HighlightService highlights;

    @Autowired
    ArticleService articles;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    TestAccounts accounts;

    AccountSummary instructor;
    AccountSummary student;
    TaughtClass classroom;
    long articleId;
    long readingId;

    @BeforeEach
    void aReadingInAClassWithOneStudent() {
        instructor = accounts.instructor();
        student = accounts.student();
        accounts.signInAs(instructor.username());
        classroom = classrooms.createClass("Highlighters");
        classrooms.enrolStudent(classroom.id(), student.id());
        articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Harbour " + instructor.id(), null, null,
                null, null, null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, FIRST),
                new ArticleDraft.Block(ParagraphKind.PARAGRAPH, SECOND),
                new ArticleDraft.Block(ParagraphKind.PARAGRAPH, THIRD)), List.of(), List.of()), ArticleVisibility.SHARED);
        readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        accounts.signInAs(student.username());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Position within(String anchor, String paragraph, String phrase) {
        int start = paragraph.indexOf(phrase);
        return new Position(anchor, start, anchor, start + phrase.length());
    }

    @Test
    void a_student_highlights_a_passage_with_a_tag_and_note_and_finds_it_in_reading_order() {
        highlights.create(readingId, within("p2", SECOND, "Maria Okonkwo"), "source", "Named, with a role.");
        highlights.create(readingId, within("p1", FIRST, "officials said"), "source", "Unnamed officials.");
        highlights.create(readingId, new Position("p1", FIRST.indexOf("Monday"), "p2", 5), "claim", null);

        assertThat(highlights.mine(readingId)).extracting(HighlightView::quote)
                .containsExactly("Monday, officials said.\n“We w", "officials said", "Maria Okonkwo");
        assertThat(highlights.tags(classroom.id())).containsExactlyElementsOf(HighlightService.DEFAULT_TAGS);
    }

    @Test
    void positions_outside_the_text_reversed_or_with_unknown_tags_are_refused() {
        assertThatThrownBy(() -> highlights.create(readingId, new Position("p1", 0, "p1", 999), "claim", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not in the article");
        assertThatThrownBy(() -> highlights.create(readingId, new Position("p2", 10, "p1", 3), "claim", null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> highlights.create(readingId, new Position("p9", 0, "p9", 3), "claim", null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> highlights.create(readingId, within("p1", FIRST, "Fees"), "gossip", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("tags");
        assertThat(highlights.mine(readingId)).isEmpty();
    }

    @Test
    void an_edit_of_the_article_keeps_moves_and_orphans_highlights_and_reports_it() {
        highlights.create(readingId, within("p1", FIRST, "officials said"), "source", "kept");
        highlights.create(readingId, within("p2", SECOND, "Maria Okonkwo"), "source", "moved");
        highlights.create(readingId, within("p3", THIRD, "meets again in May"), "claim", "gone");
        accounts.signInAs(instructor.username());
        EditableArticle editable = articles.editable(articleId);

        EditResult result = articles.saveEdit(articleId, editable.versionNo(), editable.metadata(),
                FIRST + "\n\nA new paragraph before the quote.\n\n" + SECOND, "");

        assertThat(result.highlights()).isEqualTo(new ReanchorReport(1, 1, 1));
        accounts.signInAs(student.username());
        List<HighlightView> after = highlights.mine(readingId);
        assertThat(after).extracting(HighlightView::note).containsExactly("kept", "moved", "gone");
        assertThat(after.get(1).position().startAnchor()).isEqualTo("p3");
        assertThat(after.get(2).orphan()).isTrue();
        assertThat(after.get(2).quote()).isEqualTo("meets again in May");
        ArticleContent now = articles.read(articleId);
        Position moved = after.get(1).position();
        assertThat(now.paragraphs().get(2).text().substring(moved.startOffset(), moved.endOffset()))
                .isEqualTo("Maria Okonkwo");
    }

    @Test
    void only_the_author_changes_a_highlight_and_other_classes_can_neither_read_nor_write() {
        HighlightView mine = highlights.create(readingId, within("p1", FIRST, "Fees"), "claim", null);
        highlights.update(mine.id(), "evidence", "Changed my mind.");
        assertThat(highlights.mine(readingId)).singleElement()
                .satisfies(h -> assertThat(h.tag()).isEqualTo("evidence"));

        accounts.signInAs(accounts.student().username());
        assertThatThrownBy(() -> highlights.mine(readingId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.create(readingId, within("p1", FIRST, "Fees"), "claim", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.update(mine.id(), "claim", "mine now"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.delete(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.tags(classroom.id())).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> highlights.reader(readingId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.create(readingId, within("p1", FIRST, "Fees"), "Fees", "claim", null))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(accounts.instructor().username());
        assertThatThrownBy(() -> highlights.setTags(classroom.id(), List.of("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.reader(readingId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_classmate_cannot_change_or_delete_a_highlight_and_the_instructor_cannot_highlight_for_a_student() {
        HighlightView mine = highlights.create(readingId, within("p1", FIRST, "Fees"), "claim", null);
        AccountSummary classmate = accounts.student();
        accounts.signInAs(instructor.username());
        classrooms.enrolStudent(classroom.id(), classmate.id());

        assertThatThrownBy(() -> highlights.create(readingId, within("p1", FIRST, "Fees"), "claim", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.update(mine.id(), "claim", "teacher edit"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.delete(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.mine(readingId)).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(classmate.username());
        assertThatThrownBy(() -> highlights.update(mine.id(), "claim", "not yours"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> highlights.delete(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(highlights.mine(readingId)).isEmpty();

        accounts.signInAs(student.username());
        assertThat(highlights.mine(readingId)).singleElement()
                .satisfies(h -> assertThat(h.note()).isNull());
    }

    @Test
    void the_text_the_browser_saw_must_be_the_stored_text_at_the_position() {
        Position fees = within("p1", FIRST, "doubled on Monday");
        assertThatThrownBy(() -> highlights.create(readingId, fees, "tripled on Monday", "claim", null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not match the article");
        assertThat(highlights.mine(readingId)).isEmpty();

        HighlightView created = highlights.create(readingId, fees, " doubled  on\nMonday ", "claim", null);
        assertThat(created.quote()).isEqualTo("doubled on Monday");
    }

    @Test
    void the_instructor_replaces_the_class_tags() {
        accounts.signInAs(instructor.username());
        highlights.setTags(classroom.id(), List.of("claim", " evidence ", "claim", "who benefits"));
        assertThat(highlights.tags(classroom.id())).containsExactly("claim", "evidence", "who benefits");
        assertThatThrownBy(() -> highlights.setTags(classroom.id(), List.of(" ")))
                .isInstanceOf(ValidationException.class);

        accounts.signInAs(student.username());
        assertThatThrownBy(() -> highlights.create(readingId, within("p1", FIRST, "Fees"), "opinion", null))
                .isInstanceOf(ValidationException.class);
        assertThat(highlights.create(readingId, within("p1", FIRST, "Fees"), "who benefits", null).tag())
                .isEqualTo("who benefits");
    }

    @Test
    void classmates_see_each_others_highlights_in_a_reading_with_names_and_the_instructor_sees_all() {
        highlights.create(readingId, within("p1", FIRST, "officials said"), "source", "Who are they?");
        AccountSummary classmate = accounts.student();
        accounts.signInAs(instructor.username());
        classrooms.enrolStudent(classroom.id(), classmate.id());

        accounts.signInAs(classmate.username());
        assertThat(highlights.others(readingId)).singleElement().satisfies(other -> {
            assertThat(other.author()).isEqualTo("Test " + student.username());
            assertThat(other.quote()).isEqualTo("officials said");
        });
        assertThat(highlights.mine(readingId)).isEmpty();

        accounts.signInAs(instructor.username());
        assertThat(highlights.others(readingId)).hasSize(1);

        accounts.signInAs(accounts.student().username());
        assertThatThrownBy(() -> highlights.others(readingId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void with_peer_visibility_never_classmates_see_nothing() {
        accounts.signInAs(instructor.username());
        long setId = questionSets.createSet("Never shown", null);
        questionSets.addQuestion(setId, new org.sourcelens.assignment.QuestionSpec(
                org.sourcelens.assignment.QuestionType.SHORT_ANSWER, org.sourcelens.assignment.Dimension.SOURCING, 1,
                "Who is quoted?", List.of(), org.sourcelens.assignment.QuestionSpec.defaultRubric(), null, List.of(), 0));
        long privateWork = assignments.assign(classroom.id(), new org.sourcelens.assignment.AssignmentRequest(articleId,
                null, setId, null, null, null, org.sourcelens.assignment.PeerVisibility.NEVER, true, true))
                .assignmentId();
        AccountSummary classmate = accounts.student();
        classrooms.enrolStudent(classroom.id(), classmate.id());

        accounts.signInAs(student.username());
        highlights.create(privateWork, within("p1", FIRST, "Fees"), "claim", null);
        accounts.signInAs(classmate.username());
        assertThat(highlights.others(privateWork)).isEmpty();
        accounts.signInAs(instructor.username());
        assertThat(highlights.others(privateWork)).hasSize(1);
    }

    @Autowired
    org.sourcelens.assignment.QuestionSetService questionSets;

    @Test
    void with_anonymous_peers_classmates_see_highlights_without_names_and_the_instructor_with_them() {
        accounts.signInAs(instructor.username());
        long anonymousReading = assignments.assign(classroom.id(), new org.sourcelens.assignment.AssignmentRequest(
                articles.publish(new ArticleDraft(new ArticleMetadata("Anonymous " + instructor.id(), null, null, null,
                        null, null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, FIRST)), List.of(),
                        List.of()), ArticleVisibility.SHARED), null, null, null, null, null,
                org.sourcelens.assignment.PeerVisibility.AFTER_SUBMIT, true, true, true)).assignmentId();
        AccountSummary classmate = accounts.student();
        classrooms.enrolStudent(classroom.id(), classmate.id());
        accounts.signInAs(student.username());
        highlights.create(anonymousReading, within("p1", FIRST, "Fees"), "claim", null);

        accounts.signInAs(classmate.username());
        assertThat(highlights.others(anonymousReading)).extracting(PeerHighlight::author).containsExactly("A classmate");
        accounts.signInAs(instructor.username());
        assertThat(highlights.others(anonymousReading)).extracting(PeerHighlight::author)
                .containsExactly("Test " + student.username());
    }
}
