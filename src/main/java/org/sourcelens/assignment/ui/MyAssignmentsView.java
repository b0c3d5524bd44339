package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sourcelens.assignment.StudentAssignment;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.security.Roles;

/** The student's assignments across their classes, with status, progress and due dates. */
@Route("assignments")
@PageTitle("page.myAssignments")
@Menu(title = "menu.myAssignments", order = 0)
@RolesAllowed(Roles.STUDENT)
public class MyAssignmentsView extends Main {

    public MyAssignmentsView(SubmissionService submissions) {
        addClassName("page");
        UnorderedList list = new UnorderedList();
        list.setId("assignment-list");
        list.addClassName("card-list");
        List<StudentAssignment> rows = submissions.myAssignments();
        for (StudentAssignment row : rows) {
            Anchor open = new Anchor("assignments/" + row.assignmentId(), row.title());
            open.addClassName("card-title");
            Span status = new Span(WorkspaceTexts.status(row.status(), row.late()));
            status.addClassName("status-badge");
            status.getElement().setAttribute("data-status", row.status() == null ? "NOT_STARTED" : row.status().name());
            Span progress = new Span(getTranslation("assignment.progress", row.answered(), row.questions()));
            progress.addClassName("card-meta");
            Span due = new Span(row.dueAt() == null ? getTranslation("assignment.mine.noDue") : getTranslation("assignment.mine.due", LocalFormat.dateTime(row.dueAt())));
            due.addClassName("card-meta");
            Span className = new Span(row.className());
            className.addClassName("card-meta");
            list.add(new ListItem(open, status, className, due, progress));
        }
        if (rows.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("assignment.mine.none"))));
        }
        add(new H1(getTranslation("assignment.mine.heading")), list);
    }
}
