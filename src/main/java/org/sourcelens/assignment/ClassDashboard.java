package org.sourcelens.assignment;

import java.time.Instant;
import java.util.List;
import org.sourcelens.base.Message;

/**
 * One assignment across the class, for its instructor: counts by status, a row per student and the
 * spread of answers per question.
 */
public record ClassDashboard(long assignmentId, String title, long classId, String className, Instant dueAt,
        int maxPoints, Counts counts, List<StudentRow> students, List<QuestionStats> questions) {

    /** How many students are in each state; {@code late} overlaps the others. */
    public record Counts(int notStarted, int inProgress, int submitted, int returned, int late) {
    }

    /**
     * Where one student stands. {@code points} is known once work is submitted (automatic scores plus
     * the instructor's grades); {@code ungraded} counts questions still waiting for the instructor;
     * {@code changedSinceReturn}: grades changed after the work was returned, not yet seen by the student.
     */
    public record StudentRow(long studentId, String displayName, String username, WorkStatus status, boolean late,
            int answered, Double points, int ungraded, Instant submittedAt, boolean changedSinceReturn) {
    }

    /** The answers to one question: a bar per option, rating, rubric level or key-passage outcome. */
    public record QuestionStats(long questionId, int number, QuestionType type, String prompt, int points,
            int answered, List<Bar> bars, Message summary) {
    }

    /** One bar of a distribution; {@code correct} marks right options, {@code emphasis} the most-chosen wrong one. */
    public record Bar(Message label, long count, boolean correct, boolean emphasis) {
    }
}
