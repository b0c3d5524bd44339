package org.sourcelens.assignment;

import java.time.Instant;
import java.util.List;
import org.sourcelens.article.ArticleContent;

/**
 * One student's work on an assignment, for the instructor: every answer with its lateral-reading
 * log, automatic score and grade, beside the article(s) as the assignment pinned them.
 */
public record StudentWork(long assignmentId, String title, long classId, String className, long studentId,
        String displayName, WorkStatus status, boolean late, Instant submittedAt, Instant returnedAt,
        Double points, int maxPoints, List<ArticleContent> articles, List<Item> items) {

    /** A question with the student's answer (empty when none), its automatic score and the grade. */
    public record Item(long questionId, int number, QuestionSpec question, AnswerValue answer, boolean answered,
            Double autoPoints, String autoExplanation, GradingQueue.GradeView grade, Double points) {
    }
}
