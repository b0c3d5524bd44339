package org.sourcelens.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

/** A class member's reply to a highlight, in the highlight's discussion thread. */
@Entity
@Table(name = "highlight_reply")
class HighlightReply extends AbstractEntity {

    @Column(name = "highlight_id", nullable = false)
    private long highlightId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "body", nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HighlightReply() {
    }

    HighlightReply(long highlightId, long authorId, String body, Instant createdAt) {
        this.highlightId = highlightId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    long getHighlightId() {
        return highlightId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
