package org.sourcelens.classroom;

import java.time.Instant;
import java.util.List;

/** A class with its join code and students, for the instructor who teaches it; archived when {@code archivedAt} is set. */
public record ClassRoster(long id, String name, String joinCode, List<Member> students, Instant archivedAt) {

    public boolean archived() {
        return archivedAt != null;
    }

    public record Member(long studentId, String username, String displayName, Instant enrolledAt) {
    }
}
