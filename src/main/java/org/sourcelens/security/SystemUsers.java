package org.sourcelens.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets start-up tasks act as a named account (for example the demo instructor creating the demo class). */
@Service
@Transactional(readOnly = true)
public class SystemUsers {

    private final AccountUserDetailsService userDetails;

    SystemUsers(AccountUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public SourceLensUser principalOf(String username) {
        return userDetails.loadUserByUsername(username);
    }
}
