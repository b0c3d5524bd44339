package org.sourcelens;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu view tests through the real Spring context and real security. The mock request reports
 * whoever is in Spring Security's context, so Vaadin's route access control sees the same user
 * as method security does, also right after an in-app sign-in.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.sourcelens");

    @Autowired
    private ApplicationContext context;

    @Autowired
    protected TestAccounts testAccounts;

    @BeforeEach
    void setUpVaadin() {
        setUpVaadinAgain();
    }

    /** A fresh Vaadin session, as after a closed tab or an expired session (sign in again after it). */
    protected void setUpVaadinAgain() {
        testAccounts.signOut();
        MockVaadin.setMockRequestFactory(SpringSecurityRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    protected void signInAs(String username) {
        testAccounts.signInAs(username);
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    protected static Class<? extends Component> currentView() {
        return NavigatorKt.getCurrentView();
    }

    private static final class SpringSecurityRequest extends FakeRequest {

        SpringSecurityRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || authentication instanceof AnonymousAuthenticationToken
                    ? null
                    : authentication;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
        }
    }
}
