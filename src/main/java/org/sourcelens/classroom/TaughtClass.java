package org.sourcelens.classroom;

import java.time.Instant;

/** A class as its instructor sees it in "My classes"; {@code archivedAt} is null while the class is in use. */
public record TaughtClass(long id, String name, String joinCode, long studentCount, Instant createdAt,
        Instant archivedAt) {

    public boolean archived() {
        return archivedAt != null;
    }
}
