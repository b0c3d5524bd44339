package org.sourcelens.annotation;

import org.sourcelens.annotation.anchoring.Position;

/** A student's highlight as the class's instructor sees it, with who made it; never an orphan. */
public record ClassHighlight(long id, long authorId, String author, String tag, String note, String quote,
        Position position) {
}
