package org.sourcelens.classroom.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sourcelens.security.Roles;

/** The address after sign-in: sends each role to its own start page. */
@Route("")
@PageTitle("SourceLens")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        setId("home-view");
        add(new H1("Administration"), new Paragraph("You are signed in as an administrator. Account and "
                + "school administration screens are not part of this release yet."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(Roles.INSTRUCTOR)) {
            event.forwardTo(InstructorClassesView.class);
        } else if (authentication.hasRole(Roles.STUDENT)) {
            event.forwardTo(StudentClassesView.class);
        }
    }
}
