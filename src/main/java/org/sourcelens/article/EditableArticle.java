package org.sourcelens.article;

/**
 * An article's current version as an editable text: blocks separated by blank lines, "## " before a
 * heading, "> " before a quotation, "- " before a list item; notes one per line.
 */
public record EditableArticle(long articleId, int versionNo, ArticleMetadata metadata, String text, String notes) {
}
