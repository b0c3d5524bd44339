package org.sourcelens.security;

import java.time.Instant;

/** Everything an account holds about a person, except the password hash. */
public record AccountExport(long id, String username, String displayName, String role, Instant createdAt) {
}
