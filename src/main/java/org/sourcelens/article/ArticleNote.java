package org.sourcelens.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered note or reference of one article version. */
@Entity
@Table(name = "article_note")
class ArticleNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "article_version_id", nullable = false)
    private long articleVersionId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "body", nullable = false, length = 5000)
    private String body;

    protected ArticleNote() {
    }

    ArticleNote(long articleVersionId, int number, String body) {
        this.articleVersionId = articleVersionId;
        this.number = number;
        this.body = body;
    }

    int getNumber() {
        return number;
    }

    String getBody() {
        return body;
    }
}
