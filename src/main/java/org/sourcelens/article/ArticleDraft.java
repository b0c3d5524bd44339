package org.sourcelens.article;

import java.util.List;

/**
 * An imported article before it is published: the detected metadata, the clean paragraphs and
 * notes, and a log of what the clean-up removed or changed (for the import preview).
 */
public record ArticleDraft(ArticleMetadata metadata, List<Block> paragraphs, List<String> notes,
        List<String> cleanupLog) {

    /** A paragraph of plain text; links keep their place as character ranges of that text. */
    public record Block(ParagraphKind kind, String text, List<Link> links) {

        public Block {
            links = List.copyOf(links);
        }

        public Block(ParagraphKind kind, String text) {
            this(kind, text, List.of());
        }
    }

    /** A link over {@code text.substring(start, end)} of its block. Only http, https and mailto addresses. */
    public record Link(int start, int end, String href) {
    }

    public ArticleDraft withMetadata(ArticleMetadata overrides) {
        return new ArticleDraft(overrides.orElse(metadata), paragraphs, notes, cleanupLog);
    }
}
