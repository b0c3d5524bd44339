package org.sourcelens.classroom;

import java.time.Instant;

/** A class deleted with all its work because it was archived longer than the retention period. */
public record PurgedClass(long id, String name, Instant archivedAt, long students) {
}
