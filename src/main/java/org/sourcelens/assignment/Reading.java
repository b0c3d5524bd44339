package org.sourcelens.assignment;

import java.time.Instant;

/** An article assigned to a class, as plain reading or with questions to answer. */
public record Reading(long assignmentId, long articleId, String title, Instant assignedAt, boolean hasQuestions) {
}
