package org.sourcelens.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

@Entity
@Table(name = "article")
class Article extends AbstractEntity {

    @Column(name = "source_key", length = 120)
    private String sourceKey;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "outlet", length = 200)
    private String outlet;

    @Column(name = "outlet_kind", length = 120)
    private String outletKind;

    @Column(name = "author", length = 200)
    private String author;

    @Column(name = "published", length = 40)
    private String published;

    @Column(name = "published_note", length = 500)
    private String publishedNote;

    @Column(name = "original_url", length = 2000)
    private String originalUrl;

    @Column(name = "current_version_no", nullable = false)
    private int currentVersionNo;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Article() {
    }

    Article(String sourceKey, ArticleMetadata metadata, Long createdBy, Instant createdAt) {
        this.sourceKey = sourceKey;
        this.title = metadata.title();
        this.outlet = metadata.outlet();
        this.outletKind = metadata.outletKind();
        this.author = metadata.author();
        this.published = metadata.published();
        this.publishedNote = metadata.publishedNote();
        this.originalUrl = metadata.originalUrl();
        this.currentVersionNo = 1;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    ArticleMetadata metadata() {
        return new ArticleMetadata(title, outlet, outletKind, author, published, publishedNote, originalUrl);
    }

    String getTitle() {
        return title;
    }

    String getOutlet() {
        return outlet;
    }

    int getCurrentVersionNo() {
        return currentVersionNo;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
