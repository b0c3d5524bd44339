package org.sourcelens.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sourcelens.security.ui.LoginView;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a failed sign-in: {@code /login?error}, and for a throttled account
 * {@code /login?error&retry-after=N} so that the page can say how long to wait.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final String loginPath = "/" + LoginView.ROUTE;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String target = loginPath + "?error";
        if (exception instanceof LoginThrottledException throttled) {
            target += "&" + LoginView.RETRY_AFTER + "=" + throttled.retryAfterSeconds();
        }
        redirects.sendRedirect(request, response, target);
    }
}
