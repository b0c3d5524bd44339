package org.sourcelens;

import java.util.concurrent.atomic.AtomicInteger;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.sourcelens.security.Roles;
import org.sourcelens.security.SourceLensUser;
import org.sourcelens.security.SystemTask;
import org.sourcelens.security.SystemUsers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates fresh accounts for a test (unique names, so tests sharing a context do not meet) and signs in as them. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final SystemUsers systemUsers;

    TestAccounts(AccountService accounts, SystemUsers systemUsers) {
        this.accounts = accounts;
        this.systemUsers = systemUsers;
    }

    public AccountSummary instructor() {
        return create(Roles.INSTRUCTOR, "instructor");
    }

    public AccountSummary student() {
        return create(Roles.STUDENT, "student");
    }

    public AccountSummary admin() {
        return create(Roles.ADMIN, "admin");
    }

    public static String uniqueUsername(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    private AccountSummary create(String role, String prefix) {
        String username = uniqueUsername(prefix);
        return SystemTask.asAdministrator(
                () -> accounts.createAccount(username, "Test " + username, PASSWORD, role));
    }

    public SourceLensUser principalOf(String username) {
        return SystemTask.asAdministrator(() -> systemUsers.principalOf(username));
    }

    /** Makes {@code username} the signed-in user of the current thread, as the login form would. */
    public SourceLensUser signInAs(String username) {
        SourceLensUser user = principalOf(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /** An anonymous visitor, as Spring Security's filter chain presents one to the services. */
    public void signOut() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }
}
