package org.sourcelens.annotation.anchoring;

import java.util.Objects;

/**
 * One paragraph of one article version: its anchor ("p1", "p2", …) and its text. The article text is
 * the blocks joined with a single {@code "\n"} between them.
 */
public record TextBlock(String anchor, String text) {

    public TextBlock {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
        if (anchor.isBlank()) {
            throw new IllegalArgumentException("A block needs an anchor");
        }
    }
}
