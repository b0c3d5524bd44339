package org.sourcelens.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sourcelens.base.AbstractEntity;

/** One user's "helpful" mark on a reply; at most one per user and reply. */
@Entity
@Table(name = "reply_helpful")
class ReplyHelpful extends AbstractEntity {

    @Column(name = "reply_id", nullable = false)
    private long replyId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    protected ReplyHelpful() {
    }

    ReplyHelpful(long replyId, long userId) {
        this.replyId = replyId;
        this.userId = userId;
    }

    long getReplyId() {
        return replyId;
    }

    long getUserId() {
        return userId;
    }
}
