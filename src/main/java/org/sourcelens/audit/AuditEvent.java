package org.sourcelens.audit;

/**
 * Something to record in the audit log. Who did it and when is not part of it: the log takes the
 * signed-in user and the clock, so nobody records an entry in someone else's name. The details
 * describe the class or assignment (never the student by name, so that deleting a student's account
 * leaves nothing that identifies them).
 */
public record AuditEvent(AuditAction action, Long studentId, Long classId, Long assignmentId, Long questionId,
        String details) {

    public static AuditEvent studentWorkViewed(long studentId, long classId, long assignmentId, String details) {
        return new AuditEvent(AuditAction.VIEWED_STUDENT_WORK, studentId, classId, assignmentId, null, details);
    }

    /** The grading queue shows one question's answers of every student who submitted: one entry per view. */
    public static AuditEvent gradingQueueViewed(long classId, long assignmentId, long questionId, String details) {
        return new AuditEvent(AuditAction.VIEWED_GRADING_QUEUE, null, classId, assignmentId, questionId, details);
    }

    public static AuditEvent studentExported(long studentId) {
        return new AuditEvent(AuditAction.EXPORTED_STUDENT, studentId, null, null, null,
                "Downloaded all data of the student as JSON");
    }

    /** Deliberately without the student: after the deletion nothing may point at them. */
    public static AuditEvent studentDeleted() {
        return new AuditEvent(AuditAction.DELETED_STUDENT, null, null, null, null,
                "Deleted a student's account with all their work, highlights and replies");
    }

    public static AuditEvent classPurged(long classId, String details) {
        return new AuditEvent(AuditAction.PURGED_CLASS, null, classId, null, null, details);
    }
}
