package org.sourcelens.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A paragraph of one article version; immutable once written, so it carries no optimistic-lock version. */
@Entity
@Table(name = "article_paragraph")
class ArticleParagraph {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "article_version_id", nullable = false)
    private long articleVersionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "anchor", nullable = false, length = 32)
    private String anchor;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ParagraphKind kind;

    @Column(name = "body", nullable = false, length = 20000)
    private String body;

    protected ArticleParagraph() {
    }

    ArticleParagraph(long articleVersionId, int position, ParagraphKind kind, String body) {
        this.articleVersionId = articleVersionId;
        this.position = position;
        this.anchor = anchorFor(position);
        this.kind = kind;
        this.body = body;
    }

    /** The paragraph's id in the reader's page and in highlight selectors: "p1", "p2", ... per version. */
    static String anchorFor(int position) {
        return "p" + position;
    }

    Long getId() {
        return id;
    }

    String getAnchor() {
        return anchor;
    }

    ParagraphKind getKind() {
        return kind;
    }

    String getBody() {
        return body;
    }
}
