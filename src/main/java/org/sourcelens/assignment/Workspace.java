package org.sourcelens.assignment;

import java.time.Instant;
import java.util.List;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.base.Message;

/**
 * Everything the student's workspace shows: the article(s), the questions with the answers saved so
 * far, and, once submitted, the scores. Before submitting, questions come without their answers
 * (no correct flags, feedback or key passages).
 *
 * @param lockedReason why answers cannot be changed, or null when they can
 */
public record Workspace(long assignmentId, String title, String className, Instant dueAt, boolean lateAllowed,
        SubmissionStatus status, Instant submittedAt, Message lockedReason, List<ArticleContent> articles,
        List<Item> questions, Double autoPoints, int autoMaxPoints, boolean showCorrect, Double returnedPoints,
        int maxPoints) {

    public boolean editable() {
        return lockedReason == null;
    }

    /**
     * A question with the student's answer; scores are filled in after submitting, and the teacher's
     * rubric level and comment once the work is returned.
     */
    public record Item(long questionId, int number, QuestionSpec question, AnswerValue answer, int revision,
            Instant savedAt, Double points, String explanation, String rubricLevel, String comment) {

        public Item(long questionId, int number, QuestionSpec question, AnswerValue answer, int revision,
                Instant savedAt, Double points, String explanation) {
            this(questionId, number, question, answer, revision, savedAt, points, explanation, null, null);
        }

        public boolean answered() {
            return revision > 0 && AnswerLimits.isAnswered(question, answer);
        }
    }
}
