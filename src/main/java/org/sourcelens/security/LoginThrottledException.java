package org.sourcelens.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because the account has failed too often lately. */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(long retryAfterSeconds) {
        super(message(retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** What the user reads: the same words on the login page and in the change-password form. */
    public static String message(long retryAfterSeconds) {
        return "Too many failed attempts; try again in " + inWords(retryAfterSeconds) + ".";
    }

    private static String inWords(long seconds) {
        if (seconds < 120) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return (seconds + 59) / 60 + " minutes";
    }
}
