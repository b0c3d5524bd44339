package org.sourcelens.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site. Vaadin's login form posts no CSRF token, so without
 * this another site could sign a student into an account of the attacker's (login CSRF). Browsers
 * say where a form came from: {@code Sec-Fetch-Site} when they send it, otherwise {@code Origin};
 * a request with neither (not a browser) is let through to the normal checks.
 */
class CrossSiteLoginFilter extends OncePerRequestFilter {

    private static final Set<String> SAME_SITE = Set.of("same-origin", "none");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !"/login".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            // Written here, not with sendError: the error page's dispatch would only redirect to the login.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign in on SourceLens's own page.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !SAME_SITE.contains(fetchSite);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            int port = from.getPort() == -1 ? ("https".equals(from.getScheme()) ? 443 : 80) : from.getPort();
            return !(request.getScheme().equalsIgnoreCase(from.getScheme())
                    && request.getServerName().equalsIgnoreCase(from.getHost()) && request.getServerPort() == port);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
