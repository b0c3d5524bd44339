package org.sourcelens.assignment;

/** Where a student's work stands, as the instructor sees it; lateness is shown beside it. */
public enum WorkStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    SUBMITTED("Submitted"),
    RETURNED("Returned");

    private final String label;

    WorkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static WorkStatus of(SubmissionStatus status) {
        return status == null ? NOT_STARTED : switch (status) {
            case IN_PROGRESS -> IN_PROGRESS;
            case SUBMITTED -> SUBMITTED;
            case RETURNED -> RETURNED;
        };
    }
}
