package org.sourcelens.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.sourcelens.security.ui.LoginView;

/**
 * Web security: Vaadin's view access control with our login view, the security headers of every
 * response, sign-in failures that say when an account is throttled, and sessions ended once their
 * password has changed. Not loaded for command-line runs.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    /**
     * The policy the app runs under (proven in a real browser by {@code ContentSecurityPolicyBT}).
     * Vaadin Flow needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts: its bootstrap
     * page starts the client engine with inline scripts, and the engine turns the JavaScript the
     * server sends ({@code executeJs}, event data) into functions. What the policy still denies: any
     * script, style, image, font or connection from another origin (so injected markup can neither
     * load code from elsewhere nor send data out), plugins, a changed base URL, forms posting
     * elsewhere, and framing by any page. Push uses a WebSocket to this origin, which
     * {@code connect-src 'self'} covers (and Atmosphere falls back to long polling where it does not).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CredentialsCheck credentials,
            ObjectProvider<SecurityContextHolderStrategy> contextStrategy) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/images/**", "/favicon.ico").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .withObjectPostProcessor(writeHeadersEagerly()));
        http.addFilterBefore(new CrossSiteLoginFilter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new StaleSessionFilter(credentials,
                contextStrategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // Naming the login page here as well matters: a form login configured without one gets
        // Spring's generated login page, which would stand in front of our view.
        http.formLogin(form -> form.loginPage("/" + LoginView.ROUTE).failureHandler(new LoginFailureHandler()));
        return http.build();
    }

    /**
     * Vaadin's pages are served through a servlet forward, which commits the response past Spring
     * Security's on-commit hook: written lazily, the headers would be missing from every Vaadin page
     * (only Vaadin's own X-Frame-Options would remain). Written before the request goes on, they are
     * on every response.
     */
    private static ObjectPostProcessor<HeaderWriterFilter> writeHeadersEagerly() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }
}
