package org.sourcelens.article.sourcemap;

import java.util.Objects;

/** A stretch of one block: {@code text} is exactly {@code block.text().substring(start, end)}. */
public record TextSpan(String anchor, int start, int end, String text) {

    public TextSpan {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("inconsistent span " + anchor + " [" + start + "," + end + ")");
        }
    }
}
