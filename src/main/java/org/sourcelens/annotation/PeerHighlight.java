package org.sourcelens.annotation;

import org.sourcelens.annotation.anchoring.Position;

/**
 * A classmate's highlight, as shown once the assignment's peer-visibility setting allows it, or earlier
 * when the instructor pinned it ({@code pinned}) to share it with the class; {@code endorsed}: the
 * instructor approved of it. {@code position} is null for an orphan.
 */
public record PeerHighlight(long id, String author, Position position, String quote, String tag, String note,
        boolean pinned, boolean endorsed) {

    /** No longer placed in the article after an edit; still listed with its quote, note and discussion. */
    public boolean orphan() {
        return position == null;
    }
}
