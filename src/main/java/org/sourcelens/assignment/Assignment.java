package org.sourcelens.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

@Entity
@Table(name = "assignment")
class Assignment extends AbstractEntity {

    @Column(name = "classroom_id", nullable = false)
    private long classroomId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Assignment() {
    }

    Assignment(long classroomId, long articleId, String title, Instant createdAt) {
        this.classroomId = classroomId;
        this.articleId = articleId;
        this.title = title;
        this.createdAt = createdAt;
    }

    long getClassroomId() {
        return classroomId;
    }

    long getArticleId() {
        return articleId;
    }

    String getTitle() {
        return title;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
