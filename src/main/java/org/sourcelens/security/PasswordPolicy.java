package org.sourcelens.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes (all that BCrypt reads), not the username, and not one of the common
 * passwords in {@code security/common-passwords.txt} — ignoring case, and also when only digits or
 * symbols were added at the end ({@code Sunshine2026!}), the first thing attackers try.
 */
@Component
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** BCrypt hashes at most 72 bytes of a password. */
    public static final int MAX_BYTES = 72;
    /** The longest run of digits and symbols at the end that is stripped before the list look-up. */
    private static final int MAX_STRIPPED_SUFFIX = 6;
    private static final String LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Throws a {@link ValidationException} that tells the user what to change, or returns quietly. */
    public void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new ValidationException(Message.of("security.refused.aPasswordNeedsAtLeast", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ValidationException(Message.of("security.refused.aPasswordMayHaveAt", MAX_BYTES));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            throw new ValidationException(Message.of("security.refused.aPasswordMustNotBe"));
        }
        if (isCommon(lower)) {
            throw new ValidationException(Message.of("security.refused.thisPasswordIsOnA"));
        }
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return true;
        }
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        int suffix = lower.length() - end;
        return suffix > 0 && suffix <= MAX_STRIPPED_SUFFIX && common.contains(lower.substring(0, end));
    }

    int size() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
