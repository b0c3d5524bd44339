package org.sourcelens.assignment;

import java.time.Instant;
import java.util.List;

/**
 * One question of an assignment across the class's submitted work, for grading answer by answer:
 * the full question (rubric, options, key passages), an entry per student who submitted, the
 * comments already given on it (to reuse) and the other questions to move on to.
 */
public record GradingQueue(long assignmentId, String title, long classId, String className, long questionId,
        int number, QuestionSpec question, List<Entry> entries, List<String> usedComments,
        List<QuestionRef> questions) {

    /** A student's answer with its automatic score (if any) and the grade so far (null when not graded). */
    public record Entry(long studentId, String displayName, WorkStatus status, AnswerValue answer, boolean answered,
            Double autoPoints, String autoExplanation, GradeView grade) {
    }

    /** Another question of the assignment, with how many of its submitted answers still wait for a grade. */
    public record QuestionRef(long questionId, int number, QuestionType type, int ungraded) {
    }

    /** A grade as the instructor gave it. */
    public record GradeView(String rubricLevel, double points, String comment, Instant gradedAt) {
    }
}
