package org.sourcelens.classroom.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sourcelens.security.Roles;

/** The address after sign-in: sends each role to its own start page (administrators to the article library). */
@Route("")
@PageTitle("page.home")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private static final String LIBRARY = "library";

    private final transient AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        setId("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(Roles.INSTRUCTOR)) {
            event.forwardTo(InstructorClassesView.class);
        } else if (authentication.hasRole(Roles.STUDENT)) {
            event.forwardTo(StudentClassesView.class);
        } else if (authentication.hasRole(Roles.ADMIN)) {
            event.forwardTo(LIBRARY);
        }
    }
}
