package org.sourcelens.annotation.anchoring;

import java.util.Objects;

/**
 * A stored highlight: its position in the version it was made on and its quote, i.e. the exact text
 * with up to {@link Anchors#CONTEXT} characters of prefix and suffix from the joined article text
 * (fewer at the start and end of the article).
 */
public record Selector(Position position, String exact, String prefix, String suffix) {

    public Selector {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("A highlight quotes at least one character");
        }
    }
}
