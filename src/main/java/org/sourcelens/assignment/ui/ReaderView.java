package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.article.ui.ArticleReader;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.ReaderPage;
import org.sourcelens.security.Roles;

/** An assigned article in the reader. */
@Route("read/:assignmentId(\\d+)")
@RolesAllowed({Roles.STUDENT, Roles.INSTRUCTOR})
public class ReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AssignmentService assignments;
    private final transient AuthenticationContext authentication;
    private String title = "Reader · SourceLens";

    public ReaderView(AssignmentService assignments, AuthenticationContext authentication) {
        this.assignments = assignments;
        this.authentication = authentication;
        addClassName("reader-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = event.getRouteParameters().getLong("assignmentId").orElseThrow();
        ReaderPage page = assignments.openReading(assignmentId);
        title = page.article().title() + " · SourceLens";
        String classAddress = (authentication.hasRole(Roles.INSTRUCTOR) ? "teach/" : "classes/") + page.classId();
        Anchor back = new Anchor(classAddress, "← " + page.className());
        back.setId("back-to-class");
        Nav breadcrumb = new Nav(back);
        breadcrumb.setAriaLabel("Breadcrumb");
        removeAll();
        add(breadcrumb, new ArticleReader(page.article(), UI.getCurrent().getLocale()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
