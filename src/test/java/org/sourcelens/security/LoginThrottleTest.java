package org.sourcelens.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcelens.MutableClock;

/** The throttle's rules on a clock the test moves, with the default rules unless said otherwise. */
class LoginThrottleTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    /** A failed attempt: allowed, and then not reported as a success. */
    private void fail(String username) {
        assertThat(throttle.tryAttempt(username)).as("attempt allowed").isEmpty();
    }

    private Duration failAndWaitAfterwards(String username) {
        fail(username);
        return throttle.waitFor(username);
    }

    @Test
    void three_failures_are_free_then_the_wait_doubles_from_one_second() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Duration wait = failAndWaitAfterwards("ana");
            waits.add(wait);
            clock.advance(wait);
        }

        assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16),
                Duration.ofSeconds(32));
    }

    @Test
    void the_wait_is_capped_at_five_minutes() {
        Duration last = Duration.ZERO;
        for (int i = 0; i < 20; i++) {
            last = failAndWaitAfterwards("ana");
            clock.advance(last);
        }

        assertThat(last).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void an_attempt_during_the_wait_is_refused_uncounted_with_the_time_left() {
        for (int i = 0; i < 4; i++) {
            fail("ana");
            clock.advance(throttle.waitFor("ana"));
        }
        fail("ana");
        assertThat(throttle.waitFor("ana")).isEqualTo(Duration.ofSeconds(4));

        clock.advance(Duration.ofMillis(1_500));
        assertThat(throttle.tryAttempt("ana")).contains(Duration.ofMillis(2_500));
        assertThat(throttle.tryAttempt("ANA ")).as("same account, other spelling").contains(Duration.ofMillis(2_500));
        assertThat(LoginThrottle.secondsToWait(Duration.ofMillis(2_500))).isEqualTo(3);

        clock.advance(Duration.ofMillis(2_500));
        assertThat(throttle.tryAttempt("ana")).as("refusals did not make the wait longer").isEmpty();
    }

    @Test
    void another_account_is_not_affected() {
        for (int i = 0; i < 6; i++) {
            throttle.tryAttempt("ana");
        }
        assertThat(throttle.tryAttempt("ana")).isPresent();

        assertThat(throttle.tryAttempt("ben")).isEmpty();
        assertThat(throttle.waitFor("ben")).isZero();
    }

    @Test
    void a_success_forgets_the_failures() {
        for (int i = 0; i < 5; i++) {
            fail("ana");
            clock.advance(throttle.waitFor("ana"));
        }
        assertThat(throttle.tryAttempt("ana")).isEmpty();
        throttle.succeeded("Ana");

        assertThat(throttle.waitFor("ana")).isZero();
        fail("ana");
        fail("ana");
        fail("ana");
        assertThat(throttle.waitFor("ana")).as("three free failures again").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void an_hour_without_failures_starts_afresh() {
        for (int i = 0; i < 12; i++) {
            fail("ana");
            clock.advance(throttle.waitFor("ana"));
        }
        assertThat(throttle.tryAttempt("ana")).isEmpty();
        assertThat(throttle.waitFor("ana")).isEqualTo(Duration.ofMinutes(5));

        clock.advance(Duration.ofHours(1));
        fail("ana");
        assertThat(throttle.waitFor("ana")).isZero();
    }

    @Test
    void with_the_default_rules_an_hour_of_hammering_makes_far_fewer_than_one_hundred_guesses() {
        int guesses = 0;
        for (Duration elapsed = Duration.ZERO; elapsed.compareTo(Duration.ofHours(1)) < 0;
                elapsed = elapsed.plusMillis(250)) {
            if (throttle.tryAttempt("ana").isEmpty()) {
                guesses++;
            }
            clock.advance(Duration.ofMillis(250));
        }

        assertThat(guesses).isBetween(20, 25);
    }

    @Test
    void never_more_than_one_hundred_failures_an_hour_even_with_short_delays() {
        LoginThrottle.Rules quick = new LoginThrottle.Rules(3, Duration.ofMillis(10), Duration.ofSeconds(1), 100,
                Duration.ofHours(1));
        LoginThrottle lenient = new LoginThrottle(clock, quick);
        for (int i = 0; i < 100; i++) {
            clock.advance(lenient.waitFor("ana"));
            assertThat(lenient.tryAttempt("ana")).as("failure %d allowed", i + 1).isEmpty();
        }

        clock.advance(Duration.ofSeconds(1));
        Optional<Duration> refusal = lenient.tryAttempt("ana");
        assertThat(refusal).as("the 101st attempt within the hour").isPresent();
        assertThat(refusal.get()).isGreaterThan(Duration.ofMinutes(55));
        clock.advance(refusal.get().minusSeconds(1));
        assertThat(lenient.tryAttempt("ana")).as("still within the hour").isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(lenient.tryAttempt("ana")).as("the oldest failure left the window").isEmpty();
        assertThat(lenient.tryAttempt("ben")).as("another account").isEmpty();
    }

    @Test
    void the_message_says_how_long_to_wait() {
        assertThat(LoginThrottledException.message(1)).isEqualTo("Too many failed attempts; try again in 1 second.");
        assertThat(LoginThrottledException.message(16)).isEqualTo("Too many failed attempts; try again in 16 seconds.");
        assertThat(LoginThrottledException.message(300)).isEqualTo("Too many failed attempts; try again in 5 minutes.");
    }
}
