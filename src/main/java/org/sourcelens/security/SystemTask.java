package org.sourcelens.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Start-up work (bootstrap admin, demo content) runs outside any request, so it passes through the
 * same method security as users do: as the system administrator, or as a named account.
 */
public final class SystemTask {

    private SystemTask() {
    }

    public static <T> T asAdministrator(Supplier<T> work) {
        return as(new UsernamePasswordAuthenticationToken("system", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))), work);
    }

    public static <T> T asUser(SourceLensUser user, Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    private static <T> T as(UsernamePasswordAuthenticationToken authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
