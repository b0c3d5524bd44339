package org.sourcelens.privacy;

import java.util.concurrent.atomic.AtomicInteger;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.DiscussionService;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.assignment.ClassResultsService;
import org.sourcelens.assignment.ClassWorkFixture;
import org.sourcelens.assignment.GradingService;
import org.sourcelens.security.AccountSummary;
import org.springframework.stereotype.Component;

/**
 * A student with data in every table that holds students' data: Ann from {@link ClassWorkFixture}
 * (five answers submitted, one graded with a comment and returned), a highlight with a note, a reply
 * to Ben's highlight, a helpful mark on Ben's reply, and an instructor's look at her work. Classmates
 * answer around her: Ben replies to Ann's highlight and marks her reply helpful; Cat replies to Ben.
 * Leaves nobody signed in in particular (the last one is Cat).
 */
@Component
public class StudentDataFixture {

    public static final String GRADE_COMMENT = "Good: names the broadcaster.";
    private static final AtomicInteger RUN = new AtomicInteger();

    private final ClassWorkFixture classWork;
    private final GradingService grading;
    private final ClassResultsService results;
    private final HighlightService highlights;
    private final DiscussionService discussion;
    private final TestAccounts accounts;

    StudentDataFixture(ClassWorkFixture classWork, GradingService grading, ClassResultsService results,
            HighlightService highlights, DiscussionService discussion, TestAccounts accounts) {
        this.classWork = classWork;
        this.grading = grading;
        this.results = results;
        this.highlights = highlights;
        this.discussion = discussion;
        this.accounts = accounts;
    }

    /** The texts are unique to each run, so that tests sharing the database can look for them. */
    public record StudentData(ClassWorkFixture.ClassWork work, long annHighlight, long benHighlight, long annReply,
            long benReply, long catReply, String annNote, String annReplyText, String benReplyText,
            String catReplyText) {

        public AccountSummary ann() {
            return work.ann();
        }

        public AccountSummary ben() {
            return work.ben();
        }

        public AccountSummary cat() {
            return work.cat();
        }

        public AccountSummary instructor() {
            return work.setup().instructor();
        }

        public long assignmentId() {
            return work.assignmentId();
        }

        public long classId() {
            return work.setup().classroom().id();
        }
    }

    public StudentData create() {
        int run = RUN.incrementAndGet();
        String annNote = "Ann's note #" + run + ": the figure has no source";
        String annReplyText = "Ann's reply #" + run + ": which report is this?";
        String benReplyText = "Ben's reply #" + run + " to Ann";
        String catReplyText = "Cat's reply #" + run + " to Ben";
        ClassWorkFixture.ClassWork work = classWork.create();
        long assignmentId = work.assignmentId();
        grading.grade(assignmentId, work.questionIds().get(2), work.ann().id(), "Proficient", null, GRADE_COMMENT);
        grading.returnWork(assignmentId, work.ann().id());

        ArticleContent.Paragraph paragraph = work.setup().article().paragraphs().stream()
                .filter(p -> p.text().length() > 60).findFirst().orElseThrow();
        accounts.signInAs(work.ann().username());
        long annHighlight = highlights.create(assignmentId, new Position(paragraph.anchor(), 0, paragraph.anchor(),
                20), "claim", annNote).id();
        accounts.signInAs(work.ben().username());
        long benHighlight = highlights.create(assignmentId, new Position(paragraph.anchor(), 30, paragraph.anchor(),
                50), "evidence", "Ben's note").id();

        accounts.signInAs(work.setup().instructor().username());
        discussion.setPinned(annHighlight, true);
        discussion.setPinned(benHighlight, true);
        results.studentWork(assignmentId, work.ann().id());

        accounts.signInAs(work.ann().username());
        long annReply = discussion.reply(benHighlight, annReplyText).id();
        accounts.signInAs(work.ben().username());
        long benReply = discussion.reply(annHighlight, benReplyText).id();
        discussion.setHelpful(annReply, true);
        accounts.signInAs(work.ann().username());
        discussion.setHelpful(benReply, true);
        accounts.signInAs(work.cat().username());
        long catReply = discussion.reply(benHighlight, catReplyText).id();
        return new StudentData(work, annHighlight, benHighlight, annReply, benReply, catReply, annNote, annReplyText,
                benReplyText, catReplyText);
    }
}
