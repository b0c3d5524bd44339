package org.sourcelens.security;

import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and telling other features who a user id is. */
@Service
@Transactional
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 8;
    /** BCrypt hashes at most 72 bytes of a password. */
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Self-registration of a student; the caller (classroom registration) has checked the join code. */
    @PreAuthorize("isAnonymous() or hasRole('ADMIN')")
    public AccountSummary createStudent(String username, String displayName, String password) {
        return create(username, displayName, password, Roles.STUDENT);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary createAccount(String username, String displayName, String password, String role) {
        if (!Roles.STUDENT.equals(role) && !Roles.INSTRUCTOR.equals(role) && !Roles.ADMIN.equals(role)) {
            throw new ValidationException("Unknown role: " + role);
        }
        return create(username, displayName, password, role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(normalizeUsername(username)).map(AccountService::summary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean anyAccountWithRole(String role) {
        return accounts.existsByRole(role);
    }

    /** Names for rosters and lists; callers have already checked that their user may see these people. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, AccountSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findSummaries(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** What the account holds about its owner, for an export of a student's data (no password hash). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public AccountExport exportOf(long userId) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> new NotFoundException("There is no account with this id."));
        return new AccountExport(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getCreatedAt());
    }

    /**
     * Deletes a student's account. The database deletes everything that belongs to it with it
     * (enrolments, submissions with answers and grades, highlights, replies, helpful marks) and takes
     * the student out of the audit log. Instructors' and administrators' accounts are not deleted here.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteStudent(long studentId) {
        UserAccount account = accounts.findById(studentId)
                .orElseThrow(() -> new NotFoundException("There is no account with this id."));
        if (!Roles.STUDENT.equals(account.getRole())) {
            throw new ValidationException("Only student accounts can be deleted here; \"" + account.getUsername()
                    + "\" is " + (Roles.ADMIN.equals(account.getRole()) ? "an administrator" : "an instructor")
                    + " account.");
        }
        accounts.delete(account);
        accounts.flush();
    }

    private AccountSummary create(String username, String displayName, String password, String role) {
        String normalized = normalizeUsername(username);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new ValidationException(
                    "A username has 3 to 64 characters: letters, digits, dots, dashes or underscores.");
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new ValidationException("Enter a display name of 1 to 100 characters.");
        }
        checkPassword(password);
        if (accounts.existsByUsernameIgnoreCase(normalized)) {
            throw new ValidationException("The username \"" + normalized + "\" is taken; choose another.");
        }
        UserAccount saved = accounts.save(new UserAccount(normalized, name, passwordEncoder.encode(password), role,
                clock.instant()));
        return summary(saved);
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new ValidationException("A password may have at most " + MAX_PASSWORD_BYTES
                    + " characters (fewer with accented letters or emoji).");
        }
    }

    private static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static AccountSummary summary(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole());
    }
}
