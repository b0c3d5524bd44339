package org.sourcelens.annotation;

import org.sourcelens.annotation.anchoring.Position;

/**
 * A highlight as its author sees it; {@code position} is null for an orphan, which still shows its quote
 * and note. {@code pinned}: the instructor shared it with the class; {@code endorsed}: the instructor
 * approved of it.
 */
public record HighlightView(long id, Position position, String quote, String tag, String note, boolean orphan,
        boolean pinned, boolean endorsed) {
}
