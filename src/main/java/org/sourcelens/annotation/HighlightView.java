package org.sourcelens.annotation;

import org.sourcelens.annotation.anchoring.Position;

/** A highlight as its author sees it; {@code position} is null for an orphan, which still shows its quote and note. */
public record HighlightView(long id, Position position, String quote, String tag, String note, boolean orphan) {
}
