package org.sourcelens.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a signed-in principal still stands for its account as it is now. A principal carries the
 * account's {@code password_changed_at} as it was at sign-in; a changed or reset password, a
 * disabled or a deleted account make it stale, and {@link StaleSessionFilter} ends its session.
 */
@Component
class CredentialsCheck {

    private final UserAccountRepository accounts;

    CredentialsCheck(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    boolean isCurrent(SourceLensUser user) {
        return accounts.findPasswordChangedAtOfEnabled(user.getId())
                .map(changedAt -> changedAt.equals(user.getPasswordChangedAt()))
                .orElse(false);
    }
}
