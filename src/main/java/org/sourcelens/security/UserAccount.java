package org.sourcelens.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sourcelens.base.AbstractEntity;

@Entity
@Table(name = "user_account")
class UserAccount extends AbstractEntity {

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "role", nullable = false, length = 20)
    private String role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Sessions signed in before the last change are ended; see {@link CredentialsCheck}. */
    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, String role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    /**
     * The new time is later than the previous one even if the clock has not moved (or went back),
     * so that a change always makes older sign-ins stale.
     */
    void changePassword(String newPasswordHash, Instant changedAt) {
        Instant justAfterPrevious = passwordChangedAt.plus(1, ChronoUnit.MICROS);
        this.passwordHash = newPasswordHash;
        this.passwordChangedAt = changedAt.isAfter(passwordChangedAt) ? changedAt : justAfterPrevious;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getRole() {
        return role;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
