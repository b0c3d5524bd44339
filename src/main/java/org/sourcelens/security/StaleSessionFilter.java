package org.sourcelens.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose sign-in no longer holds: after a password change or reset every other
 * session of the account is logged out on its next request. With Vaadin's push (websocket from
 * the server, XHR to it) that is the next click or, at the latest, the next heartbeat. One
 * primary-key look-up per request of a signed-in user. Deliberately not a bean, so that the
 * servlet container does not run it a second time outside the security chain.
 */
class StaleSessionFilter extends OncePerRequestFilter {

    private final CredentialsCheck credentials;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    /** {@code contexts} must be the chain's own strategy (Vaadin's), or the logout would clear another one. */
    StaleSessionFilter(CredentialsCheck credentials, SecurityContextHolderStrategy contexts) {
        this.credentials = credentials;
        this.contexts = contexts;
        this.logout.setSecurityContextHolderStrategy(contexts);
    }

    /** Static files (the frontend bundle, styles, images) carry no work: no need to ask the database for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") && !path.startsWith("/VAADIN/push") || path.startsWith("/images/")
                || path.startsWith("/icons/") || path.equals("/styles.css") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SourceLensUser user
                && !credentials.isCurrent(user)) {
            logout.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }
}
