package org.sourcelens.audit;

import java.time.Instant;

/**
 * An audit entry as the administrator reads it. {@code actor} and {@code student} are "display
 * name (username)"; the actor is "SourceLens" for scheduled work, the student null when the entry
 * concerns no single student or the student's account has been deleted since.
 */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditAction action, Long studentId,
        String student, Long classId, Long assignmentId, Long questionId, String details) {
}
