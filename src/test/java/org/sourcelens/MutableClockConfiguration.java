package org.sourcelens;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * {@code @Import} it to give the application a {@link MutableClock} in place of the system clock.
 * It makes a Spring context of its own, so use it only where a test must move time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return MutableClock.startingNow();
    }
}
