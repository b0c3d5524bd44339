package org.sourcelens.assignment;

import java.time.Instant;

/** A row of "My assignments". {@code status} null means not started. */
public record StudentAssignment(long assignmentId, long classId, String className, String title, Instant opensAt,
        Instant dueAt, SubmissionStatus status, boolean late, int answered, int questions) {
}
