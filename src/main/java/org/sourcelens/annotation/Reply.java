package org.sourcelens.annotation;

import java.time.Instant;

/**
 * A reply in a highlight's discussion as the current user sees it. {@code author} is "A classmate"
 * for other students' replies when the assignment hides classmates' names from students.
 */
public record Reply(long id, long highlightId, String author, boolean mine, boolean byInstructor, String body,
        Instant createdAt, long helpful, boolean helpfulByMe) {
}
