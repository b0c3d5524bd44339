package org.sourcelens.annotation;

import java.time.Instant;

/** A highlight as stored, for the export of its author's data. */
public record HighlightExport(long id, long assignmentId, long articleId, int articleVersion, String quote, String tag,
        String note, boolean orphan, boolean pinned, boolean endorsed, Instant createdAt, Instant updatedAt) {
}
