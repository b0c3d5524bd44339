package org.sourcelens.privacy;

import java.time.Instant;
import java.util.List;
import org.sourcelens.security.Roles;

/** An account found by username on the administrator's students page, with the classes of a student. */
public record StudentOverview(long id, String username, String displayName, String role, Instant createdAt,
        List<String> classes) {

    public boolean isStudent() {
        return Roles.STUDENT.equals(role);
    }
}
