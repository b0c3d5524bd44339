package org.sourcelens.security;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security's login; never called by views. Not a {@code UserDetailsService}
 * bean of its own: the login goes through {@link ThrottledAuthenticationProvider}, which uses it.
 */
@Component
class AccountUserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public SourceLensUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SourceLensUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getPasswordHash(), account.getRole(), account.isEnabled(), account.getPasswordChangedAt());
    }
}
