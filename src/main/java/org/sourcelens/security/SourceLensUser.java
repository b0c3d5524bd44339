package org.sourcelens.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.sourcelens.base.HasDisplayName;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal: Spring's user plus our id and display name. */
public class SourceLensUser extends User implements HasDisplayName {

    private final long id;
    private final String displayName;
    private final String role;

    SourceLensUser(long id, String username, String displayName, String passwordHash, String role, boolean enabled) {
        super(username, passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.id = id;
        this.displayName = displayName;
        this.role = role;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceLensUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
