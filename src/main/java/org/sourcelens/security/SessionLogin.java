package org.sourcelens.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a user in from inside the UI (right after registration), the way the login form would. */
@Component
@ConditionalOnWebApplication
public class SessionLogin {

    private final AuthenticationConfiguration authenticationConfiguration;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    SessionLogin(AuthenticationConfiguration authenticationConfiguration) {
        this.authenticationConfiguration = authenticationConfiguration;
    }

    public void logIn(String username, String password) {
        try {
            Authentication authentication = authenticationConfiguration.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
            request.changeSessionId();
            contextRepository.saveContext(context, request,
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
