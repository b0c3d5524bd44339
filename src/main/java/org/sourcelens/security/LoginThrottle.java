package org.sourcelens.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing on one account. Attempts are counted per account name (ignoring
 * case), never per address, so nobody can lock an account out by hammering another one from the
 * same network. The rules ({@link Rules#DEFAULT}):
 * <ul>
 * <li>the first {@code freeFailures} failed attempts in a row may follow each other at once;</li>
 * <li>after that, each failure makes the next attempt wait twice as long as the previous one
 * (1 s, 2 s, 4 s …), at most {@code maxDelay} (5 minutes);</li>
 * <li>never more than {@code maxFailuresPerWindow} (100) failures in any {@code window} (one hour):
 * beyond that every attempt is refused until the oldest of them is an hour old;</li>
 * <li>a successful sign-in forgets the account's failures, and so does an hour without any.</li>
 * </ul>
 * An attempt that is refused is answered at once, without checking the password, and is not
 * counted, so waiting it out always works. With the default delays an attacker gets about 22 guesses
 * per account and hour; the hourly cap holds even if the delays are configured away.
 * <p>
 * An attempt is counted as a failure <em>before</em> the password is checked and forgotten when
 * it succeeds, so that parallel requests cannot all slip through between a check and its
 * failure being recorded.
 * <p>
 * The counters live in this node's memory: they are lost on a restart, and with several nodes
 * behind a load balancer each node counts for itself (at most the limits above times the number
 * of nodes). Names that are not accounts are counted too, so the answer never tells whether an
 * account exists. Memory stays small because every counted attempt costs a BCrypt check (tens of
 * attempts a second at most) and an entry is dropped an hour after its last failure.
 */
@Component
class LoginThrottle {

    /** How hard the throttle is; see the class comment. */
    record Rules(int freeFailures, Duration firstDelay, Duration maxDelay, int maxFailuresPerWindow,
            Duration window) {

        static final Rules DEFAULT = new Rules(3, Duration.ofSeconds(1), Duration.ofMinutes(5), 100,
                Duration.ofHours(1));

        Duration delayAfter(int consecutiveFailures) {
            int doublings = consecutiveFailures - freeFailures;
            if (doublings < 0) {
                return Duration.ZERO;
            }
            if (doublings >= 30) {
                return maxDelay;
            }
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /** The failures of one account: how many in a row, and when each failure of the window happened. */
    private record Failures(int consecutive, Instant last, List<Instant> inWindow) {
    }

    private static final int MAX_KEY_LENGTH = 100;
    private static final int PURGE_ABOVE_ENTRIES = 1_000;
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final Rules rules;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastPurge;

    @Autowired
    LoginThrottle(Clock clock) {
        this(clock, Rules.DEFAULT);
    }

    LoginThrottle(Clock clock, Rules rules) {
        this.clock = clock;
        this.rules = rules;
        this.lastPurge = new AtomicReference<>(clock.instant());
    }

    /**
     * Asks whether {@code username} may try a password now. If so the attempt is counted as a
     * failure until {@link #succeeded} is called, and the result is empty; if not, the result says
     * how long to wait and nothing is counted.
     */
    Optional<Duration> tryAttempt(String username) {
        Instant now = clock.instant();
        Duration[] refusal = new Duration[1];
        failures.compute(key(username), (key, recorded) -> {
            Failures current = recent(recorded, now);
            Duration wait = waitBefore(current, now);
            if (wait.isPositive()) {
                refusal[0] = wait;
                return current;
            }
            return counted(current, now);
        });
        purgeNowAndThen(now);
        return Optional.ofNullable(refusal[0]);
    }

    /** The account signed in: its failures are forgotten. */
    void succeeded(String username) {
        failures.remove(key(username));
    }

    /** How long {@code username} has to wait before the next attempt; zero when it may try now. */
    Duration waitFor(String username) {
        Instant now = clock.instant();
        return waitBefore(recent(failures.get(key(username)), now), now);
    }

    /** Whole seconds to wait, rounded up, so that "try again in 1 second" is never too early. */
    static long secondsToWait(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private Failures recent(Failures recorded, Instant now) {
        if (recorded == null || !recorded.last().isAfter(now.minus(rules.window()))) {
            return null;
        }
        Instant windowStart = now.minus(rules.window());
        List<Instant> inWindow = recorded.inWindow().stream().filter(at -> at.isAfter(windowStart)).toList();
        return new Failures(recorded.consecutive(), recorded.last(), inWindow);
    }

    private Duration waitBefore(Failures current, Instant now) {
        if (current == null) {
            return Duration.ZERO;
        }
        Instant allowedFrom = current.last().plus(rules.delayAfter(current.consecutive()));
        List<Instant> inWindow = current.inWindow();
        int over = inWindow.size() - rules.maxFailuresPerWindow();
        if (over >= 0) {
            Instant capEnds = inWindow.get(over).plus(rules.window());
            if (capEnds.isAfter(allowedFrom)) {
                allowedFrom = capEnds;
            }
        }
        Duration wait = Duration.between(now, allowedFrom);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Failures counted(Failures current, Instant now) {
        if (current == null) {
            return new Failures(1, now, List.of(now));
        }
        List<Instant> inWindow = new ArrayList<>(current.inWindow().size() + 1);
        inWindow.addAll(current.inWindow());
        inWindow.add(now);
        return new Failures(current.consecutive() + 1, now, List.copyOf(inWindow));
    }

    private void purgeNowAndThen(Instant now) {
        Instant previous = lastPurge.get();
        if (failures.size() > PURGE_ABOVE_ENTRIES && now.isAfter(previous.plus(PURGE_INTERVAL))
                && lastPurge.compareAndSet(previous, now)) {
            Instant windowStart = now.minus(rules.window());
            failures.values().removeIf(entry -> !entry.last().isAfter(windowStart));
        }
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}
