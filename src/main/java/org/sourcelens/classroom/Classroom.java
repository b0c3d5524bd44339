package org.sourcelens.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

@Entity
@Table(name = "classroom")
class Classroom extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "join_code", nullable = false, length = 16)
    private String joinCode;

    @Column(name = "instructor_id", nullable = false)
    private long instructorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Classroom() {
    }

    Classroom(String name, String joinCode, long instructorId, Instant createdAt) {
        this.name = name;
        this.joinCode = joinCode;
        this.instructorId = instructorId;
        this.createdAt = createdAt;
    }

    String getName() {
        return name;
    }

    String getJoinCode() {
        return joinCode;
    }

    long getInstructorId() {
        return instructorId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getArchivedAt() {
        return archivedAt;
    }

    boolean isArchived() {
        return archivedAt != null;
    }

    /** Archives the class now, or restores it; archiving an archived class keeps its first date. */
    void setArchived(boolean archived, Instant now) {
        if (!archived) {
            archivedAt = null;
        } else if (archivedAt == null) {
            archivedAt = now;
        }
    }
}
