package org.sourcelens.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

/** One version of an article's text; an edit adds a version, so anything anchored in the text keeps its version. */
@Entity
@Table(name = "article_version")
class ArticleVersion extends AbstractEntity {

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected ArticleVersion() {
    }

    ArticleVersion(long articleId, int number, Long createdBy, Instant createdAt) {
        this.articleId = articleId;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    int getNumber() {
        return number;
    }
}
