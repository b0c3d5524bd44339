package org.sourcelens.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

@Entity
@Table(name = "question_set")
class QuestionSet extends AbstractEntity {

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionSet() {
    }

    QuestionSet(long ownerId, String title, String description, Instant createdAt) {
        this.ownerId = ownerId;
        this.title = title;
        this.description = description;
        this.createdAt = createdAt;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    void rename(String newTitle, String newDescription) {
        title = newTitle;
        description = newDescription;
    }
}
