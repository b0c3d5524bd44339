package org.sourcelens.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.sourcelens.security.ui.LoginView;

/**
 * Web security: Vaadin's view access control with our login view, sign-in failures that say when
 * an account is throttled, and sessions ended once their password has changed. Not loaded for
 * command-line runs.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CredentialsCheck credentials,
            ObjectProvider<SecurityContextHolderStrategy> contextStrategy) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/images/**", "/favicon.ico").permitAll());
        http.addFilterAfter(new StaleSessionFilter(credentials,
                contextStrategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // Naming the login page here as well matters: a form login configured without one gets
        // Spring's generated login page, which would stand in front of our view.
        http.formLogin(form -> form.loginPage("/" + LoginView.ROUTE).failureHandler(new LoginFailureHandler()));
        return http.build();
    }
}
