package org.sourcelens.classroom.ui;

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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.EnrolledClass;
import org.sourcelens.security.Roles;

/** A student's classes, and a way to join another one with a code from the teacher. */
@Route("classes")
@PageTitle("page.myClasses")
@Menu(title = "menu.myClasses", order = 1)
@RolesAllowed(Roles.STUDENT)
public class StudentClassesView extends Main {

    private final transient ClassroomService classrooms;
    private final UnorderedList classList = new UnorderedList();
    private final TextField joinCode = new TextField(getTranslation("classroom.studentClasses.joinCode"));

    public StudentClassesView(ClassroomService classrooms) {
        this.classrooms = classrooms;
        addClassName("page");
        classList.setId("class-list");
        classList.addClassName("card-list");

        joinCode.setId("join-code");
        joinCode.setPlaceholder(getTranslation("classroom.studentClasses.joinCodePlaceholder"));
        joinCode.setHelperText(getTranslation("classroom.studentClasses.joinCodeHelper"));
        Button join = new Button(getTranslation("classroom.studentClasses.join"), click -> join());
        join.setId("join-class");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout joinForm = new HorizontalLayout(joinCode, join);
        joinForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        joinForm.setWrap(true);

        add(new H1(getTranslation("classroom.classes.heading")), classList, new Section(new H2(getTranslation("classroom.studentClasses.joinHeading")), joinForm));
        showClasses(classrooms.myEnrolledClasses());
    }

    private void join() {
        try {
            EnrolledClass joined = classrooms.joinWithCode(joinCode.getValue());
            getUI().ifPresent(ui -> ui.navigate(ClassLinks.studentClass(joined.id())));
        } catch (ValidationException e) {
            joinCode.setInvalid(true);
            joinCode.setErrorMessage(Texts.of(e));
        }
    }

    private void showClasses(List<EnrolledClass> classes) {
        classList.removeAll();
        if (classes.isEmpty()) {
            classList.add(new ListItem(new Paragraph(
                    getTranslation("classroom.studentClasses.none"))));
        }
        for (EnrolledClass enrolled : classes) {
            Anchor link = new Anchor(ClassLinks.studentClass(enrolled.id()), enrolled.name());
            link.addClassName("card-title");
            Span teacher = new Span(getTranslation("classroom.studentClasses.teacher", enrolled.instructorName()));
            teacher.addClassName("card-meta");
            classList.add(new ListItem(link, teacher));
        }
    }
}
