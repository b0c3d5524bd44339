package org.sourcelens.article.sourcemap;

import java.util.List;
import java.util.Objects;

/**
 * The text to analyse, as ordered blocks. Anchors are {@code p1, p2, ...} for paragraphs and
 * {@code note-1, ...} for notes; every offset the analysis reports is relative to one block's text.
 */
public record SourceText(List<Block> blocks) {

    public SourceText {
        blocks = List.copyOf(blocks);
    }

    public record Block(String anchor, String text) {
        public Block {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(text, "text");
        }
    }
}
