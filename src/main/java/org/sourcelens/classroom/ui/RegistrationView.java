package org.sourcelens.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.security.SessionLogin;

/** A new student creates an account with a join code, is signed in, and lands in the class. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ClassroomService classrooms;
    private final transient SessionLogin sessionLogin;
    private final RegistrationForm form = new RegistrationForm();

    public RegistrationView(ClassroomService classrooms, SessionLogin sessionLogin) {
        this.classrooms = classrooms;
        this.sessionLogin = sessionLogin;
        addClassName("registration-view");
        form.addRegisterListener(event -> register(event.registration()));
        add(new H1(getTranslation("classroom.registration.heading")),
                new Paragraph(getTranslation("classroom.registration.intro")),
                form, new Anchor("login", getTranslation("classroom.registration.signIn")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(form.joinCode::setValue);
    }

    private void register(StudentRegistration registration) {
        try {
            long classId = classrooms.registerWithJoinCode(registration.joinCode(), registration.username(),
                    registration.displayName(), registration.password());
            sessionLogin.logIn(registration.username(), registration.password());
            getUI().ifPresent(ui -> ui.navigate(ClassLinks.studentClass(classId)));
        } catch (ValidationException e) {
            form.showError(Texts.of(e));
        }
    }

    /** Outside the main layout, so the view translates its own title. */
    @Override
    public String getPageTitle() {
        return getTranslation("page.registration");
    }
}
