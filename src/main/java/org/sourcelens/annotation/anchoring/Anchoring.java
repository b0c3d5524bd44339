package org.sourcelens.annotation.anchoring;

import java.util.Objects;

/**
 * The outcome of re-anchoring one highlight: how it was found, where it lies now ({@code null} for an
 * orphan) and a confidence score from 0 (orphan) to 1 (unchanged position).
 */
public record Anchoring(AnchorMethod method, Position position, double score) {

    public Anchoring {
        Objects.requireNonNull(method, "method");
        if ((method == AnchorMethod.ORPHAN) != (position == null)) {
            throw new IllegalArgumentException("Exactly the orphans have no position: " + method + " " + position);
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("A score lies between 0 and 1: " + score);
        }
    }

    static Anchoring orphan() {
        return new Anchoring(AnchorMethod.ORPHAN, null, 0.0);
    }

    public boolean isOrphan() {
        return method == AnchorMethod.ORPHAN;
    }
}
