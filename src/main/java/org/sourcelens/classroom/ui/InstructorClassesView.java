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
import org.sourcelens.base.ui.Texts;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.Roles;
import org.springframework.beans.factory.ObjectProvider;

/** An instructor's classes with their join codes, and the form that creates a class. */
@Route("teach")
@PageTitle("page.myClasses")
@Menu(title = "menu.myClasses", order = 1)
@RolesAllowed(Roles.INSTRUCTOR)
public class InstructorClassesView extends Main {

    private final transient ClassroomService classrooms;
    private final UnorderedList classList = new UnorderedList();
    private final TextField className = new TextField(getTranslation("classroom.instructorClasses.className"));
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
        className.setPlaceholder(getTranslation("classroom.instructorClasses.classNamePlaceholder"));
        className.setMaxLength(ClassroomService.MAX_NAME_LENGTH);
        Button create = new Button(getTranslation("classroom.instructorClasses.create"), click -> create());
        create.setId("create-class");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        className.addKeyDownListener(Key.ENTER, event -> create());
        HorizontalLayout form = new HorizontalLayout(className, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        created.setId("created-class");
        created.getElement().setAttribute("role", "status");

        add(new H1(getTranslation("classroom.classes.heading")), panelSlot, classList,
                new Section(new H2(getTranslation("classroom.instructorClasses.createHeading")), form, created));
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
            created.add(new Paragraph(getTranslation("classroom.instructorClasses.created", taught.name())), code);
            showClasses();
            showPanels();
        } catch (ValidationException e) {
            className.setInvalid(true);
            className.setErrorMessage(Texts.of(e));
        }
    }

    private void showClasses() {
        classList.removeAll();
        var classes = classrooms.myTaughtClasses();
        if (classes.isEmpty()) {
            classList.add(new ListItem(new Paragraph(
                    getTranslation("classroom.instructorClasses.none"))));
        }
        for (TaughtClass taught : classes) {
            Anchor link = new Anchor(ClassLinks.taughtClass(taught.id()), taught.name());
            link.addClassName("card-title");
            Span code = new Span(getTranslation("classroom.instructorClasses.joinCode", taught.joinCode()));
            code.addClassName("card-meta");
            Span students = new Span(getTranslation("classroom.instructorClasses.students", taught.studentCount()));
            students.addClassName("card-meta");
            ListItem item = new ListItem(link, code, students);
            if (taught.archived()) {
                Span archived = new Span(getTranslation("classroom.instructorClasses.archived"));
                archived.addClassName("card-meta");
                item.add(archived);
                item.addClassName("archived");
            }
            classList.add(item);
        }
    }
}
