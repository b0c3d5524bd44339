package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.assignment.AssignmentRequest;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.InstructorClassPage;
import org.sourcelens.assignment.Reading;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.classroom.ClassRoster;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.security.Roles;

/** A class its instructor teaches: the join code, the students, the readings, and assigning another article. */
@Route("teach/:classId(\\d+)")
@PageTitle("page.class")
@RolesAllowed(Roles.INSTRUCTOR)
public class InstructorClassView extends Main implements BeforeEnterObserver {

    private final transient AssignmentService assignments;
    private final transient ClassroomService classrooms;
    private long classId;

    public InstructorClassView(AssignmentService assignments, ClassroomService classrooms) {
        this.assignments = assignments;
        this.classrooms = classrooms;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classId = event.getRouteParameters().getLong("classId").orElseThrow();
        show(assignments.instructorClassPage(classId));
    }

    private void show(InstructorClassPage page) {
        removeAll();
        ClassRoster roster = page.roster();
        H1 title = new H1(roster.archived() ? getTranslation("assignment.instructorClass.archivedTitle", roster.name()) : roster.name());
        title.setId("class-title");
        Span code = new Span(roster.joinCode());
        code.setId("join-code");
        code.addClassName("join-code");
        Paragraph joinCode = new Paragraph(new Span(getTranslation("assignment.instructorClass.joinCode")), code);
        Anchor tags = new Anchor("teach/" + roster.id() + "/tags", getTranslation("assignment.instructorClass.tags"));
        tags.setId("class-tags-link");

        UnorderedList students = new UnorderedList();
        students.setId("roster");
        roster.students().forEach(s -> students.add(new ListItem(getTranslation("assignment.instructorClass.student", s.displayName(), s.username()))));
        if (roster.students().isEmpty()) {
            students.add(new ListItem(getTranslation("assignment.instructorClass.noStudents")));
        }

        UnorderedList readings = new UnorderedList();
        readings.setId("reading-list");
        for (Reading reading : page.readings()) {
            Anchor highlights = new Anchor(ReaderLinks.classHighlights(reading.assignmentId()), getTranslation("assignment.instructorClass.highlights"));
            highlights.setAriaLabel(getTranslation("assignment.instructorClass.highlightsAria", reading.title()));
            Anchor dashboard = new Anchor(ReaderLinks.dashboard(reading.assignmentId()), getTranslation("assignment.instructorClass.dashboard"));
            dashboard.setAriaLabel(getTranslation("assignment.instructorClass.dashboardAria", reading.title()));
            dashboard.addClassName("dashboard-link");
            readings.add(new ListItem(new Anchor(ReaderLinks.reading(reading.assignmentId()), reading.title()),
                    new Span(" · "), dashboard, new Span(" · "), highlights));
        }
        if (page.readings().isEmpty()) {
            readings.add(new ListItem(getTranslation("empty.class.readings")));
        }

        AssignmentForm assignForm = new AssignmentForm(page.library(), page.questionSets());
        assignForm.addAssignListener(event -> assign(assignForm, event.request()));

        add(title, joinCode, tags,
                new Section(new H2(getTranslation("assignment.instructorClass.students", roster.students().size())), students),
                new Section(new H2(getTranslation("assignment.instructorClass.readings")), readings),
                new Section(new H2(getTranslation("assignment.instructorClass.assign")), assignForm),
                archiveSection(roster));
    }

    /** Archiving hides the class from its students; the school's retention period later deletes it for good. */
    private Section archiveSection(ClassRoster roster) {
        Paragraph state = new Paragraph(roster.archived()
                ? getTranslation("assignment.instructorClass.archivedState")
                : getTranslation("assignment.instructorClass.activeState"));
        state.setId("archive-state");
        Button toggle = new Button(getTranslation(roster.archived() ? "assignment.instructorClass.restore" : "assignment.instructorClass.archive"), click -> {
            classrooms.setArchived(classId, !roster.archived());
            show(assignments.instructorClassPage(classId));
        });
        toggle.setId("archive-class");
        if (!roster.archived()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new Section(new H2(getTranslation("assignment.instructorClass.archiveHeading")), state, toggle);
    }

    private void assign(AssignmentForm form, AssignmentRequest request) {
        try {
            assignments.assign(classId, request);
            show(assignments.instructorClassPage(classId));
        } catch (ValidationException e) {
            form.showError(Texts.of(e));
        }
    }
}
