package org.sourcelens.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Lets view tests ask what {@link StaleSessionFilter} would decide about a signed-in user. */
@Component
public class Sessions {

    private final CredentialsCheck credentials;

    Sessions(CredentialsCheck credentials) {
        this.credentials = credentials;
    }

    /** False once the user's password has changed since they signed in: the filter would end the session. */
    public boolean isCurrent(SourceLensUser user) {
        return credentials.isCurrent(user);
    }

    /** Whether the current thread's sign-in (the Karibu session's) would survive its next request. */
    public boolean currentSignInHolds() {
        return SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SourceLensUser user
                && credentials.isCurrent(user);
    }
}
