package org.sourcelens.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: read from Spring Security's context, for services and views alike. */
@Component
public class CurrentUser {

    public Optional<SourceLensUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SourceLensUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SourceLensUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public long id() {
        return require().getId();
    }

    /** By the granted authorities, so that start-up tasks running as the administrator count as one. */
    public boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }

    public boolean isInstructorOrAdmin() {
        return hasRole(Roles.INSTRUCTOR) || hasRole(Roles.ADMIN);
    }
}
