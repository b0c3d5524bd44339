package org.sourcelens.article;

import java.util.List;

/**
 * An imported article before it is published: the detected metadata, the clean paragraphs and
 * notes, and a log of what the clean-up removed or changed (for the import preview).
 */
public record ArticleDraft(ArticleMetadata metadata, List<Block> paragraphs, List<String> notes,
        List<String> cleanupLog) {

    public record Block(ParagraphKind kind, String text) {
    }

    public ArticleDraft withMetadata(ArticleMetadata overrides) {
        return new ArticleDraft(overrides.orElse(metadata), paragraphs, notes, cleanupLog);
    }
}
