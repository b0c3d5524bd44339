package org.sourcelens.security;

import org.sourcelens.base.Message;
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
    public static Message text(long retryAfterSeconds) {
        if (retryAfterSeconds < 120) {
            return Message.of("security.throttle.seconds", retryAfterSeconds);
        }
        return Message.of("security.throttle.minutes", (retryAfterSeconds + 59) / 60);
    }

    /** The same in English, for logs. */
    public static String message(long retryAfterSeconds) {
        return text(retryAfterSeconds).english();
    }
}
