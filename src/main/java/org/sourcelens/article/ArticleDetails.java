package org.sourcelens.article;

/** An article as its library page shows it to an instructor: the text and what they may do with it. */
public record ArticleDetails(ArticleContent content, ArticleVisibility visibility, boolean archived,
        boolean editable) {
}
