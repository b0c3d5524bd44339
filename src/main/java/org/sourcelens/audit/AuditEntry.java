package org.sourcelens.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

/** One recorded event; never changed after it is written. */
@Entity
@Table(name = "audit_entry")
class AuditEntry extends AbstractEntity {

    static final int MAX_DETAILS = 500;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "classroom_id")
    private Long classId;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "question_id")
    private Long questionId;

    @Column(name = "details", nullable = false, length = MAX_DETAILS)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, AuditEvent event) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = event.action();
        this.studentId = event.studentId();
        this.classId = event.classId();
        this.assignmentId = event.assignmentId();
        this.questionId = event.questionId();
        String text = event.details() == null ? "" : event.details().strip();
        this.details = text.length() > MAX_DETAILS ? text.substring(0, MAX_DETAILS - 1) + "…" : text;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    Long getActorId() {
        return actorId;
    }

    AuditAction getAction() {
        return action;
    }

    Long getStudentId() {
        return studentId;
    }

    Long getClassId() {
        return classId;
    }

    Long getAssignmentId() {
        return assignmentId;
    }

    Long getQuestionId() {
        return questionId;
    }

    String getDetails() {
        return details;
    }
}
