package org.sourcelens.assignment;

import java.time.Instant;
import java.util.List;

/**
 * A student's work on one assignment as it is stored, for the export of their data: the answers
 * (as structured values) with their automatic scores, and the instructor's grades with the copy the
 * student was shown when the work was returned.
 */
public record SubmissionExport(long assignmentId, long classId, String assignment, WorkStatus status,
        Instant startedAt, Instant submittedAt, Instant returnedAt, Double automaticPoints, List<Item> answers) {

    /** A question the student answered or was graded on; {@code answer} is null when only a grade exists. */
    public record Item(int number, String question, QuestionType type, AnswerValue answer, Instant updatedAt,
            Double automaticPoints, String automaticExplanation, GradeExport grade) {
    }

    /** The grade as the instructor last set it, and (when returned) as the student was shown it. */
    public record GradeExport(String rubricLevel, double points, String comment, Instant gradedAt,
            String returnedRubricLevel, Double returnedPoints, String returnedComment) {
    }
}
