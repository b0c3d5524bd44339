package org.sourcelens.annotation;

import org.sourcelens.annotation.anchoring.Position;

/** A classmate's highlight, as shown once the assignment's peer-visibility setting allows it. */
public record PeerHighlight(long id, String author, Position position, String quote, String tag, String note) {
}
