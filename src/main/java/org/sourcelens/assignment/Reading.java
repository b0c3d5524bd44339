package org.sourcelens.assignment;

import java.time.Instant;

/** An article assigned to a class as reading. */
public record Reading(long assignmentId, long articleId, String title, Instant assignedAt) {
}
