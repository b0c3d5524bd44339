package org.sourcelens.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.Roles;
import org.springframework.beans.factory.ObjectProvider;

/** An instructor's classes with their join codes, and the form that creates a class. */
@Route("teach")
@PageTitle("My classes · SourceLens")
@Menu(title = "My classes", order = 1)
@RolesAllowed(Roles.INSTRUCTOR)
public class InstructorClassesView extends Main {

    private final transient ClassroomService classrooms;
    private final UnorderedList classList = new UnorderedList();
    private final TextField className = new TextField("Class name");
    private final Div created = new Div();
    private final transient ObjectProvider<InstructorHomePanel> panels;
    private final Div panelSlot = new Div();

    public InstructorClassesView(ClassroomService classrooms, ObjectProvider<InstructorHomePanel> panels) {
        this.classrooms = classrooms;
        this.panels = panels;
        addClassName("page");
        classList.setId("class-list");
        classList.addClassName("card-list");

        className.setId("class-name");
        className.setPlaceholder("Media literacy, period 3");
        className.setMaxLength(ClassroomService.MAX_NAME_LENGTH);
        Button create = new Button("Create class", click -> create());
        create.setId("create-class");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        className.addKeyDownListener(Key.ENTER, event -> create());
        HorizontalLayout form = new HorizontalLayout(className, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        created.setId("created-class");
        created.getElement().setAttribute("role", "status");

        add(new H1("My classes"), panelSlot, classList, new Section(new H2("Create a class"), form, created));
        showClasses();
        showPanels();
    }

    private void showPanels() {
        panelSlot.removeAll();
        panels.orderedStream().forEach(panel -> panelSlot.add(panel.create()));
    }

    private void create() {
        try {
            TaughtClass taught = classrooms.createClass(className.getValue());
            className.clear();
            className.setInvalid(false);
            Span code = new Span(taught.joinCode());
            code.setId("new-join-code");
            code.addClassName("join-code");
            created.removeAll();
            created.add(new Paragraph("Created \"" + taught.name() + "\". Students join with the code "), code);
            showClasses();
            showPanels();
        } catch (ValidationException e) {
            className.setInvalid(true);
            className.setErrorMessage(e.getMessage());
        }
    }

    private void showClasses() {
        classList.removeAll();
        var classes = classrooms.myTaughtClasses();
        if (classes.isEmpty()) {
            classList.add(new ListItem(new Paragraph(
                    "You have no classes yet. Create one below; you will get a join code to give your students.")));
        }
        for (TaughtClass taught : classes) {
            Anchor link = new Anchor(ClassLinks.taughtClass(taught.id()), taught.name());
            link.addClassName("card-title");
            Span code = new Span("Join code " + taught.joinCode());
            code.addClassName("card-meta");
            Span students = new Span(taught.studentCount() == 1 ? "1 student" : taught.studentCount() + " students");
            students.addClassName("card-meta");
            ListItem item = new ListItem(link, code, students);
            if (taught.archived()) {
                Span archived = new Span("Archived: hidden from students");
                archived.addClassName("card-meta");
                item.add(archived);
                item.addClassName("archived");
            }
            classList.add(item);
        }
    }
}
