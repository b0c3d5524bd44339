package org.sourcelens.assignment;

/** Where a student's work on an assignment stands; "not started" is the absence of a submission. */
public enum SubmissionStatus {
    IN_PROGRESS,
    SUBMITTED,
    RETURNED
}
