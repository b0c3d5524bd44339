package org.sourcelens.article;

/** What importing one file did: a new article, or the one already imported from identical bytes. */
public record ImportOutcome(long articleId, String title, boolean created, int paragraphs, int notes) {
}
