package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.Reading;
import org.sourcelens.assignment.StudentClassPage;
import org.sourcelens.security.Roles;

/** One of the student's classes: the teacher and the articles assigned as reading. */
@Route("classes/:classId(\\d+)")
@PageTitle("page.class")
@RolesAllowed(Roles.STUDENT)
public class StudentClassView extends Main implements BeforeEnterObserver {

    private final transient AssignmentService assignments;

    public StudentClassView(AssignmentService assignments) {
        this.assignments = assignments;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElseThrow();
        show(assignments.studentClassPage(classId));
    }

    private void show(StudentClassPage page) {
        removeAll();
        H1 title = new H1(page.classroom().name());
        title.setId("class-title");
        UnorderedList readings = new UnorderedList();
        readings.setId("reading-list");
        readings.addClassName("card-list");
        for (Reading reading : page.readings()) {
            Anchor link = new Anchor(reading.hasQuestions() ? ReaderLinks.workspace(reading.assignmentId())
                    : ReaderLinks.reading(reading.assignmentId()), reading.title());
            link.addClassName("card-title");
            readings.add(new ListItem(link));
        }
        if (page.readings().isEmpty()) {
            readings.add(new ListItem(new Paragraph(getTranslation("assignment.studentClass.none"))));
        }
        add(title, new Paragraph(getTranslation("classroom.studentClasses.teacher", page.classroom().instructorName())), new H2(getTranslation("assignment.studentClass.readings")), readings);
    }
}
