package org.sourcelens.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.sourcelens.base.HasDisplayName;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal: Spring's user plus our id and display name. */
public class SourceLensUser extends User implements HasDisplayName {

    private final long id;
    private final String displayName;
    private final String role;
    private final Instant passwordChangedAt;

    SourceLensUser(long id, String username, String displayName, String passwordHash, String role, boolean enabled,
            Instant passwordChangedAt) {
        super(username, passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.id = id;
        this.displayName = displayName;
        this.role = role;
        this.passwordChangedAt = passwordChangedAt;
    }

    public long getId() {
        return id;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    public String getRole() {
        return role;
    }

    /** When the account's password was set, as it was when this user signed in. */
    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceLensUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
