package org.sourcelens.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

/** One student's work on one assignment; the database allows only one per student and assignment. */
@Entity
@Table(name = "submission")
class Submission extends AbstractEntity {

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SubmissionStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "auto_points")
    private Double autoPoints;

    @Column(name = "returned_at")
    private Instant returnedAt;

    protected Submission() {
    }

    Submission(long assignmentId, long studentId, Instant startedAt) {
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.status = SubmissionStatus.IN_PROGRESS;
        this.startedAt = startedAt;
    }

    long getAssignmentId() {
        return assignmentId;
    }

    long getStudentId() {
        return studentId;
    }

    SubmissionStatus getStatus() {
        return status;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Double getAutoPoints() {
        return autoPoints;
    }

    boolean isOpenForAnswers() {
        return status == SubmissionStatus.IN_PROGRESS;
    }

    Instant getReturnedAt() {
        return returnedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    /** Gives graded work back to the student; work returned before is returned again with the new grades. */
    void returnToStudent(Instant at) {
        status = SubmissionStatus.RETURNED;
        returnedAt = at;
    }

    void submit(Instant at, double points) {
        status = SubmissionStatus.SUBMITTED;
        submittedAt = at;
        autoPoints = points;
    }
}
