package org.sourcelens.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private ArticleVisibility visibility = ArticleVisibility.SHARED;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Article() {
    }

    Article(String sourceKey, ArticleMetadata metadata, ArticleVisibility visibility, Long createdBy,
            Instant createdAt) {
        this.sourceKey = sourceKey;
        this.visibility = visibility;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.currentVersionNo = 1;
        updateMetadata(metadata);
    }

    void updateMetadata(ArticleMetadata metadata) {
        this.title = metadata.title();
        this.outlet = metadata.outlet();
        this.outletKind = metadata.outletKind();
        this.author = metadata.author();
        this.published = metadata.published();
        this.publishedNote = metadata.publishedNote();
        this.originalUrl = metadata.originalUrl();
    }

    /** Moves the article on to a new text version and returns its number. */
    int startNewVersion() {
        currentVersionNo++;
        return currentVersionNo;
    }

    void archive(Instant at) {
        archivedAt = at;
    }

    void restore() {
        archivedAt = null;
    }

    void setVisibility(ArticleVisibility visibility) {
        this.visibility = visibility;
    }

    ArticleVisibility getVisibility() {
        return visibility;
    }

    Instant getArchivedAt() {
        return archivedAt;
    }

    Long getCreatedBy() {
        return createdBy;
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
