package org.sourcelens.annotation.anchoring;

import java.util.Objects;

/**
 * Where a highlight lies: offsets within the texts of its start and end blocks, the end exclusive.
 * Offsets count UTF-16 chars, as Java strings and browser selections do. A highlight crossing
 * paragraphs has different start and end anchors. Whether the anchors exist and the offsets fit is a
 * question for a particular article version, answered by {@link Anchors#describe}.
 */
public record Position(String startAnchor, int startOffset, String endAnchor, int endOffset) {

    public Position {
        Objects.requireNonNull(startAnchor, "startAnchor");
        Objects.requireNonNull(endAnchor, "endAnchor");
        if (startOffset < 0 || endOffset < 0) {
            throw new IllegalArgumentException("Offsets cannot be negative: " + startOffset + ", " + endOffset);
        }
    }

    /** A position within one block. */
    public static Position within(String anchor, int startOffset, int endOffset) {
        return new Position(anchor, startOffset, anchor, endOffset);
    }
}
