package org.sourcelens.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in (the login form and {@link SessionLogin} alike) behind the
 * {@link LoginThrottle}: a throttled account is refused before its password is looked at.
 * Being the only {@link AuthenticationProvider} bean, it is what Spring Security's global
 * authentication manager uses.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledAuthenticationProvider(LoginThrottle throttle, AccountUserDetailsService userDetails,
            PasswordEncoder passwordEncoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(userDetails::loadUserByUsername);
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Optional<Duration> wait = throttle.tryAttempt(username);
        if (wait.isPresent()) {
            throw new LoginThrottledException(LoginThrottle.secondsToWait(wait.get()));
        }
        Authentication result = passwords.authenticate(authentication);
        throttle.succeeded(username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
