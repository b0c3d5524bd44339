package org.sourcelens.base.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Pattern;
import org.sourcelens.base.HasDisplayName;

/**
 * The frame around every signed-in view: app name, navigation for the user's role, the way to the
 * user's password, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, HasDynamicTitle {

    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z]+(\\.[a-zA-Z0-9]+)+");

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
                .forEach(entry -> navigation.addItem(new SideNavItem(translated(entry.title()), entry.path())));

        addToNavbar(new DrawerToggle(), appName, user);
        addToDrawer(navigation);
    }

    /**
     * Views name a bundle key in {@code @PageTitle}; the layout's dynamic title takes precedence over the
     * annotation, so the title follows the UI's language. Views with their own dynamic title come first.
     */
    @Override
    public String getPageTitle() {
        return getUI().map(UI::getCurrentView).map(view -> view.getClass().getAnnotation(PageTitle.class))
                .map(title -> translated(title.value())).orElse(null);
    }

    /** A key from {@code @PageTitle} or {@code @Menu}; a plain text (not yet in the bundle) is shown as it is. */
    private String translated(String keyOrText) {
        return MESSAGE_KEY.matcher(keyOrText).matches() ? getTranslation(keyOrText) : keyOrText;
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
