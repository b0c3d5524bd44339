package org.sourcelens.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.EditableArticle;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.assignment.AssignmentRequest;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.PeerVisibility;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class DiscussionServiceIT {

    private static final String FIRST = "Fees at the harbour doubled on Monday, officials said.";
    private static final String SECOND = "“We were not consulted,” said Maria Okonkwo, a harbour pilot.";
    private static final String THIRD = "The board meets again in May.";

    @Autowired
    DiscussionService discussion;

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

    @Autowired
    ApplicationEvents events;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    AccountSummary instructor;
    AccountSummary student;
    AccountSummary classmate;
    TaughtClass classroom;
    long readingId;

    /** A class with two students and a plain reading whose highlights classmates see at once, with names. */
    @BeforeEach
    void aReadingInAClassWithTwoStudents() {
        instructor = accounts.instructor();
        student = accounts.student();
        classmate = accounts.student();
        accounts.signInAs(instructor.username());
        classroom = classrooms.createClass("Discussers");
        classrooms.enrolStudent(classroom.id(), student.id());
        classrooms.enrolStudent(classroom.id(), classmate.id());
        readingId = reading(PeerVisibility.AFTER_SUBMIT, false);
        accounts.signInAs(student.username());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Assigns a fresh article to the class; the caller is signed in as its instructor. */
    private long reading(PeerVisibility peers, boolean anonymous) {
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Harbour " + System.nanoTime(), null,
                null, null, null, null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, FIRST),
                new ArticleDraft.Block(ParagraphKind.PARAGRAPH, SECOND),
                new ArticleDraft.Block(ParagraphKind.PARAGRAPH, THIRD)), List.of(), List.of()),
                ArticleVisibility.SHARED);
        return assignments.assign(classroom.id(), new AssignmentRequest(articleId, null, null, null, null, null, peers,
                true, true, anonymous)).assignmentId();
    }

    private long highlightAs(AccountSummary author, long assignmentId, String phrase) {
        accounts.signInAs(author.username());
        int start = FIRST.indexOf(phrase);
        return highlights.create(assignmentId, new Position("p1", start, "p1", start + phrase.length()), "claim",
                null).id();
    }

    private Reply replyAs(AccountSummary author, long highlightId, String body) {
        accounts.signInAs(author.username());
        return discussion.reply(highlightId, body);
    }

    private static String name(AccountSummary account) {
        return "Test " + account.username();
    }

    @Test
    void a_reply_is_seen_by_its_author_a_classmate_and_the_instructor_oldest_first() {
        long highlightId = highlightAs(student, readingId, "officials said");
        Reply first = replyAs(classmate, highlightId, "  Which officials?  ");
        assertThat(first.body()).isEqualTo("Which officials?");
        assertThat(first.author()).isEqualTo(name(classmate));
        assertThat(first.mine()).isTrue();
        assertThat(first.byInstructor()).isFalse();
        replyAs(instructor, highlightId, "Good question: look for a name.");
        replyAs(student, highlightId, "None are named.");

        accounts.signInAs(student.username());
        List<Reply> seenByAuthor = discussion.threads(readingId).get(highlightId);
        assertThat(seenByAuthor).extracting(Reply::body)
                .containsExactly("Which officials?", "Good question: look for a name.", "None are named.");
        assertThat(seenByAuthor).extracting(Reply::author)
                .containsExactly(name(classmate), name(instructor), name(student));
        assertThat(seenByAuthor).extracting(Reply::mine).containsExactly(false, false, true);
        assertThat(seenByAuthor).extracting(Reply::byInstructor).containsExactly(false, true, false);

        accounts.signInAs(classmate.username());
        assertThat(discussion.threads(readingId)).containsOnlyKeys(highlightId);
        assertThat(discussion.threads(readingId).get(highlightId)).extracting(Reply::mine)
                .containsExactly(true, false, false);

        accounts.signInAs(instructor.username());
        List<Reply> seenByInstructor = discussion.threads(readingId).get(highlightId);
        assertThat(seenByInstructor).extracting(Reply::id).first().isEqualTo(first.id());
        assertThat(seenByInstructor).extracting(Reply::mine).containsExactly(false, true, false);
    }

    @Test
    void a_reply_tells_open_readers_of_the_assignment_to_refresh() {
        long highlightId = highlightAs(student, readingId, "Fees");
        events.clear();

        replyAs(classmate, highlightId, "Doubled from what?");

        assertThat(events.stream(AnnotationChanged.class)).containsExactly(new AnnotationChanged(readingId));
    }

    @Test
    void with_peer_visibility_never_a_classmate_neither_sees_nor_joins_a_discussion_until_the_highlight_is_pinned() {
        accounts.signInAs(instructor.username());
        long privateReading = reading(PeerVisibility.NEVER, false);
        long highlightId = highlightAs(student, privateReading, "Fees");
        Reply own = replyAs(student, highlightId, "Note to self: check last year's fees.");

        accounts.signInAs(classmate.username());
        assertThat(discussion.threads(privateReading)).isEmpty();
        assertThat(highlights.others(privateReading)).isEmpty();
        assertThatThrownBy(() -> discussion.reply(highlightId, "Me too")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.setHelpful(own.id(), true)).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(instructor.username());
        assertThat(discussion.threads(privateReading)).containsOnlyKeys(highlightId);
        discussion.setPinned(highlightId, true);

        accounts.signInAs(classmate.username());
        assertThat(highlights.others(privateReading)).singleElement().satisfies(pinned -> {
            assertThat(pinned.id()).isEqualTo(highlightId);
            assertThat(pinned.pinned()).isTrue();
            assertThat(pinned.author()).isEqualTo(name(student));
        });
        assertThat(discussion.reply(highlightId, "Last year they were half.").author()).isEqualTo(name(classmate));
        discussion.setHelpful(own.id(), true);
        assertThat(discussion.threads(privateReading).get(highlightId)).hasSize(2);

        accounts.signInAs(student.username());
        assertThat(highlights.mine(privateReading)).singleElement()
                .satisfies(mine -> assertThat(mine.pinned()).isTrue());

        accounts.signInAs(instructor.username());
        discussion.setPinned(highlightId, false);
        accounts.signInAs(classmate.username());
        assertThat(discussion.threads(privateReading)).isEmpty();
        assertThat(highlights.others(privateReading)).isEmpty();
    }

    @Test
    void with_anonymous_peers_students_see_classmates_replies_without_names_and_the_instructor_with_them() {
        accounts.signInAs(instructor.username());
        long anonymousReading = reading(PeerVisibility.AFTER_SUBMIT, true);
        long highlightId = highlightAs(student, anonymousReading, "Fees");
        replyAs(student, highlightId, "Mine.");
        replyAs(classmate, highlightId, "A classmate's.");
        replyAs(instructor, highlightId, "The instructor's.");

        accounts.signInAs(classmate.username());
        assertThat(discussion.threads(anonymousReading).get(highlightId)).extracting(Reply::author)
                .containsExactly("A classmate", name(classmate), name(instructor));
        accounts.signInAs(student.username());
        assertThat(discussion.threads(anonymousReading).get(highlightId)).extracting(Reply::author)
                .containsExactly(name(student), "A classmate", name(instructor));
        accounts.signInAs(instructor.username());
        assertThat(discussion.threads(anonymousReading).get(highlightId)).extracting(Reply::author)
                .containsExactly(name(student), name(classmate), name(instructor));
    }

    @Test
    void helpful_marks_are_counted_once_per_person_and_not_on_ones_own_reply() {
        long highlightId = highlightAs(student, readingId, "Fees");
        Reply reply = replyAs(student, highlightId, "Fees for whom?");

        assertThatThrownBy(() -> discussion.setHelpful(reply.id(), true)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("your own reply");

        accounts.signInAs(classmate.username());
        discussion.setHelpful(reply.id(), true);
        discussion.setHelpful(reply.id(), true);
        assertThat(discussion.threads(readingId).get(highlightId)).singleElement().satisfies(r -> {
            assertThat(r.helpful()).isEqualTo(1);
            assertThat(r.helpfulByMe()).isTrue();
        });

        accounts.signInAs(instructor.username());
        discussion.setHelpful(reply.id(), true);
        accounts.signInAs(student.username());
        assertThat(discussion.threads(readingId).get(highlightId)).singleElement().satisfies(r -> {
            assertThat(r.helpful()).isEqualTo(2);
            assertThat(r.helpfulByMe()).isFalse();
        });

        accounts.signInAs(classmate.username());
        discussion.setHelpful(reply.id(), false);
        discussion.setHelpful(reply.id(), false);
        assertThat(discussion.threads(readingId).get(highlightId)).singleElement().satisfies(r -> {
            assertThat(r.helpful()).isEqualTo(1);
            assertThat(r.helpfulByMe()).isFalse();
        });
    }

    @Test
    void only_the_instructor_of_the_class_pins_and_endorses_a_highlight() {
        long highlightId = highlightAs(student, readingId, "Fees");

        assertThatThrownBy(() -> discussion.setPinned(highlightId, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.setEndorsed(highlightId, true)).isInstanceOf(AccessDeniedException.class);
        AccountSummary otherInstructor = accounts.instructor();
        accounts.signInAs(otherInstructor.username());
        classrooms.createClass("Another class");
        assertThatThrownBy(() -> discussion.setPinned(highlightId, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.setEndorsed(highlightId, true)).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(instructor.username());
        events.clear();
        discussion.setEndorsed(highlightId, true);
        discussion.setPinned(highlightId, true);
        assertThat(events.stream(AnnotationChanged.class)).hasSize(2);
        assertThat(highlights.others(readingId)).singleElement().satisfies(h -> {
            assertThat(h.pinned()).isTrue();
            assertThat(h.endorsed()).isTrue();
        });

        accounts.signInAs(classmate.username());
        assertThat(highlights.others(readingId)).singleElement().satisfies(h -> assertThat(h.endorsed()).isTrue());
        accounts.signInAs(student.username());
        assertThat(highlights.mine(readingId)).singleElement().satisfies(h -> {
            assertThat(h.pinned()).isTrue();
            assertThat(h.endorsed()).isTrue();
        });

        accounts.signInAs(instructor.username());
        discussion.setEndorsed(highlightId, false);
        accounts.signInAs(student.username());
        assertThat(highlights.mine(readingId)).singleElement().satisfies(h -> {
            assertThat(h.pinned()).isTrue();
            assertThat(h.endorsed()).isFalse();
        });
    }

    @Test
    void a_reply_is_deleted_by_its_author_or_the_instructor_but_not_by_another_student() {
        long highlightId = highlightAs(student, readingId, "Fees");
        Reply byStudent = replyAs(student, highlightId, "First thought.");
        Reply byClassmate = replyAs(classmate, highlightId, "Off topic.");

        assertThatThrownBy(() -> discussion.deleteReply(byStudent.id())).isInstanceOf(AccessDeniedException.class);
        discussion.setHelpful(byStudent.id(), true);
        accounts.signInAs(student.username());
        discussion.deleteReply(byStudent.id());
        accounts.signInAs(instructor.username());
        discussion.deleteReply(byClassmate.id());

        assertThat(discussion.threads(readingId)).isEmpty();
        assertThatThrownBy(() -> discussion.deleteReply(byStudent.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_student_of_another_class_is_refused_everywhere() {
        long highlightId = highlightAs(student, readingId, "Fees");
        Reply reply = replyAs(student, highlightId, "Mine.");
        AccountSummary outsider = accounts.student();
        accounts.signInAs(outsider.username());

        assertThatThrownBy(() -> discussion.reply(highlightId, "Let me in")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.deleteReply(reply.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.setHelpful(reply.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.setPinned(highlightId, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.setEndorsed(highlightId, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.threads(readingId)).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(accounts.instructor().username());
        assertThatThrownBy(() -> discussion.reply(highlightId, "Let me in")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.threads(readingId)).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(student.username());
        assertThat(discussion.threads(readingId).get(highlightId)).extracting(Reply::body).containsExactly("Mine.");
    }

    @Test
    void blank_and_overlong_replies_are_refused_and_missing_highlights_are_not_found() {
        long highlightId = highlightAs(student, readingId, "Fees");

        assertThatThrownBy(() -> discussion.reply(highlightId, " \n ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Write something");
        assertThatThrownBy(() -> discussion.reply(highlightId, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> discussion.reply(highlightId, "x".repeat(2_001)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 2000 characters");
        assertThat(discussion.reply(highlightId, " " + "x".repeat(2_000) + " ").body()).hasSize(2_000);
        assertThatThrownBy(() -> discussion.reply(Long.MAX_VALUE, "Hello")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> discussion.setHelpful(Long.MAX_VALUE, true)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_orphaned_highlight_keeps_its_discussion_and_takes_new_replies() {
        accounts.signInAs(student.username());
        int start = THIRD.indexOf("May");
        long highlightId = highlights.create(readingId, new Position("p3", start, "p3", start + 3), "claim", null)
                .id();
        replyAs(classmate, highlightId, "Which year?");
        accounts.signInAs(instructor.username());
        long articleId = assignments.openReading(readingId).article().articleId();
        EditableArticle editable = articles.editable(articleId);
        articles.saveEdit(articleId, editable.versionNo(), editable.metadata(), FIRST + "\n\n" + SECOND, "");

        accounts.signInAs(student.username());
        assertThat(highlights.mine(readingId)).singleElement().satisfies(h -> assertThat(h.orphan()).isTrue());
        discussion.reply(highlightId, "This year, I think.");
        assertThat(discussion.threads(readingId).get(highlightId)).extracting(Reply::body)
                .containsExactly("Which year?", "This year, I think.");
    }

    @Test
    void threads_take_the_same_number_of_statements_however_many_highlights_and_replies_there_are() {
        long firstHighlight = highlightAs(student, readingId, "Fees");
        replyAs(classmate, firstHighlight, "One.");
        accounts.signInAs(instructor.username());
        long fewForInstructor = statementsFor(() -> discussion.threads(readingId));
        accounts.signInAs(student.username());
        long fewForStudent = statementsFor(() -> discussion.threads(readingId));

        for (String phrase : List.of("harbour", "doubled", "Monday", "officials")) {
            long highlightId = highlightAs(classmate, readingId, phrase);
            Reply reply = replyAs(student, highlightId, "On " + phrase);
            replyAs(instructor, highlightId, "And?");
            accounts.signInAs(classmate.username());
            discussion.setHelpful(reply.id(), true);
        }
        accounts.signInAs(instructor.username());
        long manyForInstructor = statementsFor(() -> discussion.threads(readingId));
        assertThat(discussion.threads(readingId)).hasSize(5);
        accounts.signInAs(student.username());
        long manyForStudent = statementsFor(() -> discussion.threads(readingId));
        assertThat(discussion.threads(readingId)).hasSize(5);

        assertThat(fewForInstructor).isPositive();
        assertThat(manyForInstructor).isEqualTo(fewForInstructor);
        assertThat(manyForStudent).isEqualTo(fewForStudent);
    }

    private long statementsFor(Runnable call) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            call.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void threads_are_keyed_by_highlight_and_leave_out_highlights_without_replies() {
        long discussed = highlightAs(student, readingId, "Fees");
        long quiet = highlightAs(classmate, readingId, "Monday");
        replyAs(classmate, discussed, "Why?");

        Map<Long, List<Reply>> threads = discussion.threads(readingId);

        assertThat(threads).containsOnlyKeys(discussed).doesNotContainKey(quiet);
        assertThat(threads.get(discussed)).singleElement().satisfies(r -> assertThat(r.highlightId())
                .isEqualTo(discussed));
    }
}
