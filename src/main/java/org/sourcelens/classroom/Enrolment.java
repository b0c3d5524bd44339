package org.sourcelens.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

@Entity
@Table(name = "enrolment")
class Enrolment extends AbstractEntity {

    @Column(name = "classroom_id", nullable = false)
    private long classroomId;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected Enrolment() {
    }

    Enrolment(long classroomId, long studentId, Instant enrolledAt) {
        this.classroomId = classroomId;
        this.studentId = studentId;
        this.enrolledAt = enrolledAt;
    }

    long getClassroomId() {
        return classroomId;
    }

    long getStudentId() {
        return studentId;
    }

    Instant getEnrolledAt() {
        return enrolledAt;
    }
}
