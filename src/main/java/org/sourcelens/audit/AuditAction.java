package org.sourcelens.audit;

/** What an audit entry records. Instructors record their views of students' work; the rest is administrators' work. */
public enum AuditAction {
    VIEWED_STUDENT_WORK("Opened a student's work", false),
    VIEWED_GRADING_QUEUE("Graded a question across the class", false),
    EXPORTED_STUDENT("Exported a student's data", true),
    DELETED_STUDENT("Deleted a student", true),
    PURGED_CLASS("Purged an archived class", true);

    private final String label;
    private final boolean administrative;

    AuditAction(String label, boolean administrative) {
        this.label = label;
        this.administrative = administrative;
    }

    public String label() {
        return label;
    }

    boolean isAdministrative() {
        return administrative;
    }
}
