package org.sourcelens.assignment;

/** Where a student's work stands, as the instructor sees it; lateness is shown beside it. */
public enum WorkStatus {
    NOT_STARTED("Not started", "assignment.status.notStarted"),
    IN_PROGRESS("In progress", "assignment.status.inProgress"),
    SUBMITTED("Submitted", "assignment.status.submitted"),
    RETURNED("Returned", "assignment.status.returned");

    private final String label;
    private final String messageKey;

    WorkStatus(String label, String messageKey) {
        this.label = label;
        this.messageKey = messageKey;
    }

    /** The English label, for exports. */
    public String label() {
        return label;
    }

    /** The message-bundle key of the label screens show. */
    public String messageKey() {
        return messageKey;
    }

    static WorkStatus of(SubmissionStatus status) {
        return status == null ? NOT_STARTED : switch (status) {
            case IN_PROGRESS -> IN_PROGRESS;
            case SUBMITTED -> SUBMITTED;
            case RETURNED -> RETURNED;
        };
    }
}
