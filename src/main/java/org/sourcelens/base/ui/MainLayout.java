package org.sourcelens.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sourcelens.base.HasDisplayName;

/** The frame around every signed-in view: app name, navigation for the user's role, and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.NAVBAR);
        Span appName = new Span("SourceLens");
        appName.addClassName("app-name");

        Div user = new Div();
        user.addClassName("app-user");
        String name = authentication.getAuthenticatedUser(HasDisplayName.class)
                .map(HasDisplayName::getDisplayName)
                .orElse("");
        Span userName = new Span(name);
        userName.setId("current-user-name");
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        user.add(userName, signOut);

        SideNav navigation = new SideNav();
        navigation.setLabel("Main");
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> navigation.addItem(new SideNavItem(entry.title(), entry.path())));

        addToNavbar(new DrawerToggle(), appName, user);
        addToDrawer(navigation);
    }
}
