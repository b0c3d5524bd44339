package org.sourcelens.security;

/** What other features may know about an account. */
public record AccountSummary(long id, String username, String displayName, String role) {
}
