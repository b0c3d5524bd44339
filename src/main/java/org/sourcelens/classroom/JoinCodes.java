package org.sourcelens.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
 * ABCD-EFGH. Students may type them in any case, with or without the dash or spaces.
 */
final class JoinCodes {

    static final int LENGTH = 8;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of what a student typed, or the empty string when it cannot be a code. */
    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : "";
    }

    static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }
}
