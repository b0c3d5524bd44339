package org.sourcelens.audit;

/** What an audit entry records. Instructors record their views of students' work; the rest is administrators' work. */
public enum AuditAction {
    VIEWED_STUDENT_WORK("Opened a student's work", "audit.action.viewedStudentWork", false),
    VIEWED_GRADING_QUEUE("Graded a question across the class", "audit.action.viewedGradingQueue", false),
    EXPORTED_STUDENT("Exported a student's data", "audit.action.exportedStudent", true),
    DELETED_STUDENT("Deleted a student", "audit.action.deletedStudent", true),
    PURGED_CLASS("Purged an archived class", "audit.action.purgedClass", true);

    private final String label;
    private final String messageKey;
    private final boolean administrative;

    AuditAction(String label, String messageKey, boolean administrative) {
        this.label = label;
        this.messageKey = messageKey;
        this.administrative = administrative;
    }

    /** The English label, for exports. */
    public String label() {
        return label;
    }

    /** The message-bundle key of the label screens show. */
    public String messageKey() {
        return messageKey;
    }

    boolean isAdministrative() {
        return administrative;
    }
}
