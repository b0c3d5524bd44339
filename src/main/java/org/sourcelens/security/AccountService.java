package org.sourcelens.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcelens.base.Message;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, their passwords, and telling other features who a user id is. */
@Service
@Transactional
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    /** Letters and digits that cannot be mistaken for each other when read out or copied by hand. */
    private static final String GENERATED_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            LoginThrottle throttle, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.currentUser = currentUser;
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
            throw new ValidationException(Message.of("security.refused.unknownRole", role));
        }
        return create(username, displayName, password, role);
    }

    /**
     * The signed-in user replaces their password. The current one must be given (and wrong guesses
     * count towards the login throttle); the new one must pass the {@link PasswordPolicy}. Every
     * session of the account signed in before, this one included, ends on its next request: the
     * caller signs this session in again with the new password ({@link SessionLogin}).
     */
    @PreAuthorize("isAuthenticated()")
    public AccountSummary changePassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.id())
                .orElseThrow(() -> new NotFoundException("No such account"));
        Optional<Duration> wait = throttle.tryAttempt(account.getUsername());
        if (wait.isPresent()) {
            throw new ValidationException(LoginThrottledException.text(LoginThrottle.secondsToWait(wait.get())));
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new ValidationException(Message.of("security.refused.yourCurrentPasswordIsNot"));
        }
        throttle.succeeded(account.getUsername());
        passwordPolicy.check(newPassword, account.getUsername());
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException(Message.of("security.refused.theNewPasswordIsThe"));
        }
        account.changePassword(passwordEncoder.encode(newPassword), now());
        return summary(account);
    }

    /**
     * An administrator gives an account a new random password, returned here once and stored only
     * as a hash, and so ends all of that account's sessions.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long accountId) {
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("No such account"));
        String password = generatePassword();
        passwordPolicy.check(password, account.getUsername());
        account.changePassword(passwordEncoder.encode(password), now());
        log.info("An administrator ({}) reset the password of account {} ({}).",
                currentUser.get().map(SourceLensUser::getUsername).orElse("system"), account.getId(),
                account.getUsername());
        return password;
    }

    /** Accounts whose username or display name contains {@code search} (ignoring case), by username. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> searchAccounts(String search, int page, int pageSize) {
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("page " + page + ", size " + pageSize);
        }
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return accounts.search(pattern, PageRequest.of(page, pageSize));
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
            throw new ValidationException(Message.of("security.refused.onlyStudentAccountsCanBe",
                    account.getUsername(), Roles.ADMIN.equals(account.getRole()) ? 1 : 0));
        }
        accounts.delete(account);
        accounts.flush();
    }

    private AccountSummary create(String username, String displayName, String password, String role) {
        String normalized = normalizeUsername(username);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new ValidationException(Message.of("security.refused.aUsernameHasToCharacters"));
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new ValidationException(Message.of("security.refused.enterADisplayNameOf"));
        }
        passwordPolicy.check(password, normalized);
        if (accounts.existsByUsernameIgnoreCase(normalized)) {
            throw new ValidationException(Message.of("security.refused.theUsernameIsTakenChoose", normalized));
        }
        UserAccount saved = accounts.save(new UserAccount(normalized, name, passwordEncoder.encode(password), role,
                now()));
        return summary(saved);
    }

    /** Microseconds, as the database keeps them, so that a stored time compares equal to itself read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Four groups of four, about 79 bits: {@code k7mq-x2pa-9fhe-t4wz}. */
    static String generatePassword() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(GENERATED_ALPHABET.charAt(RANDOM.nextInt(GENERATED_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static AccountSummary summary(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole());
    }
}
