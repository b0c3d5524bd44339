package org.sourcelens.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link over a range of one paragraph's text; the text itself stays plain, so nothing is rendered as HTML. */
@Entity
@Table(name = "article_link")
class ArticleLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "article_paragraph_id", nullable = false)
    private long paragraphId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "href", nullable = false, length = 2000)
    private String href;

    protected ArticleLink() {
    }

    ArticleLink(long paragraphId, ArticleDraft.Link link) {
        this.paragraphId = paragraphId;
        this.start = link.start();
        this.end = link.end();
        this.href = link.href();
    }

    long getParagraphId() {
        return paragraphId;
    }

    ArticleDraft.Link toLink() {
        return new ArticleDraft.Link(start, end, href);
    }
}
