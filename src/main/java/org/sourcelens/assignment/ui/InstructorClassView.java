package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.InstructorClassPage;
import org.sourcelens.assignment.Reading;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassRoster;
import org.sourcelens.security.Roles;

/** A class its instructor teaches: the join code, the students, the readings, and assigning another article. */
@Route("teach/:classId(\\d+)")
@PageTitle("Class · SourceLens")
@RolesAllowed(Roles.INSTRUCTOR)
public class InstructorClassView extends Main implements BeforeEnterObserver {

    private final transient AssignmentService assignments;
    private long classId;

    public InstructorClassView(AssignmentService assignments) {
        this.assignments = assignments;
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
        H1 title = new H1(roster.name());
        title.setId("class-title");
        Span code = new Span(roster.joinCode());
        code.setId("join-code");
        code.addClassName("join-code");
        Paragraph joinCode = new Paragraph(new Span("Join code: "), code);

        UnorderedList students = new UnorderedList();
        students.setId("roster");
        roster.students().forEach(s -> students.add(new ListItem(s.displayName() + " (" + s.username() + ")")));
        if (roster.students().isEmpty()) {
            students.add(new ListItem("No students yet. Give them the join code above."));
        }

        UnorderedList readings = new UnorderedList();
        readings.setId("reading-list");
        for (Reading reading : page.readings()) {
            readings.add(new ListItem(new Anchor(ReaderLinks.reading(reading.assignmentId()), reading.title())));
        }
        if (page.readings().isEmpty()) {
            readings.add(new ListItem("No readings assigned yet."));
        }

        ComboBox<ArticleSummary> article = new ComboBox<>("Article");
        article.setId("article-to-assign");
        article.setItems(page.library());
        article.setItemLabelGenerator(a -> a.outlet() == null ? a.title() : a.title() + " — " + a.outlet());
        article.setWidth("min(40rem, 100%)");
        Button assign = new Button("Assign as reading", click -> assign(article));
        assign.setId("assign-reading");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout assignForm = new HorizontalLayout(article, assign);
        assignForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        assignForm.setWrap(true);

        add(title, joinCode,
                new Section(new H2("Students (" + roster.students().size() + ")"), students),
                new Section(new H2("Readings"), readings, assignForm));
    }

    private void assign(ComboBox<ArticleSummary> article) {
        if (article.getValue() == null) {
            article.setInvalid(true);
            article.setErrorMessage("Choose an article first.");
            return;
        }
        try {
            assignments.assignReading(classId, article.getValue().id());
            show(assignments.instructorClassPage(classId));
        } catch (ValidationException e) {
            article.setInvalid(true);
            article.setErrorMessage(e.getMessage());
        }
    }
}
