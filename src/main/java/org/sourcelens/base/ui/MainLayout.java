package org.sourcelens.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sourcelens.base.HasDisplayName;

/**
 * The frame around every signed-in view: app name, navigation for the user's role, the way to the
 * user's password, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final Div user = new Div();
    private final Span userName = new Span();

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");

        user.addClassName("app-user");
        userName.setId("current-user-name");
        Anchor changePassword = new Anchor("account/password", getTranslation("base.layout.changePassword"));
        changePassword.setId("change-password-link");
        Button signOut = new Button(getTranslation("base.layout.signOut"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        user.add(userName, changePassword, signOut);

        SideNav navigation = new SideNav();
        navigation.setLabel(getTranslation("base.layout.navigation"));
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> navigation.addItem(new SideNavItem(entry.title(), entry.path())));

        addToNavbar(new DrawerToggle(), appName, user);
        addToDrawer(navigation);
    }

    /** The layout outlives a sign-in inside the UI (after registration), so the user is looked up each time. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        userName.setText(authentication.getAuthenticatedUser(HasDisplayName.class)
                .map(HasDisplayName::getDisplayName)
                .orElse(""));
        user.setVisible(authentication.isAuthenticated());
    }
}
