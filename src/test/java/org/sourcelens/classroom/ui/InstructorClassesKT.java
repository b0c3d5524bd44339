package org.sourcelens.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.assignment.ui.InstructorClassView;
import org.sourcelens.assignment.ui.StudentClassView;
import org.sourcelens.security.AccountSummary;

/** The instructor creates a class and gets a join code; a new student registers with it and lands in the class. */
class InstructorClassesKT extends KaribuTest {

    @Test
    void demo_instructor_sees_my_classes_with_the_demo_class_and_its_join_code() {
        signInAs("teacher");
        navigate("");

        assertThat(currentView()).isEqualTo(InstructorClassesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("My classes");
        ListItem demo = _find(_get(UnorderedList.class, spec -> spec.withId("class-list")), ListItem.class).stream()
                .filter(item -> !_find(item, Anchor.class, spec -> spec.withText("Media literacy (demo class)"))
                        .isEmpty())
                .findFirst().orElseThrow();
        assertThat(_find(demo, Span.class)).extracting(Span::getText)
                .anyMatch(text -> text.matches("Join code [A-Z2-9]{4}-[A-Z2-9]{4}"))
                .contains("3 students");
    }

    @Test
    void instructor_creates_a_class_and_a_new_student_registers_with_its_code_and_lands_in_it() {
        AccountSummary instructor = testAccounts.instructor();
        signInAs(instructor.username());
        navigate("teach");
        _setValue(_get(TextField.class, spec -> spec.withId("class-name")), "Period 4 news lab");
        _click(_get(Button.class, spec -> spec.withId("create-class")));

        String joinCode = _get(Span.class, spec -> spec.withId("new-join-code")).getText();
        assertThat(joinCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        Anchor classLink = _get(Anchor.class, spec -> spec.withText("Period 4 news lab"));
        navigate(classLink.getHref());
        assertThat(currentView()).isEqualTo(InstructorClassView.class);
        assertThat(_get(Span.class, spec -> spec.withId("join-code")).getText()).isEqualTo(joinCode);

        testAccounts.signOut();
        navigate("register");
        _setValue(_get(TextField.class, spec -> spec.withId("join-code")), joinCode.toLowerCase());
        _setValue(_get(TextField.class, spec -> spec.withId("username")), TestAccounts.uniqueUsername("dana"));
        _setValue(_get(TextField.class, spec -> spec.withId("display-name")), "Dana");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "a-long-password");
        _setValue(_get(PasswordField.class, spec -> spec.withId("confirm-password")), "a-long-password");
        _click(_get(Button.class, spec -> spec.withId("register")));

        assertThat(currentView()).isEqualTo(StudentClassView.class);
        assertThat(_get(H1.class, spec -> spec.withId("class-title")).getText()).isEqualTo("Period 4 news lab");
    }

    @Test
    void registration_with_a_wrong_code_says_so_and_stays_on_the_form() {
        navigate("register");
        _setValue(_get(TextField.class, spec -> spec.withId("join-code")), "WXYZ-WXYZ");
        _setValue(_get(TextField.class, spec -> spec.withId("username")), TestAccounts.uniqueUsername("eve"));
        _setValue(_get(TextField.class, spec -> spec.withId("display-name")), "Eve");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "a-long-password");
        _setValue(_get(PasswordField.class, spec -> spec.withId("confirm-password")), "a-long-password");
        _click(_get(Button.class, spec -> spec.withId("register")));

        assertThat(currentView()).isEqualTo(RegistrationView.class);
        assertThat(_get(Div.class, spec -> spec.withId("registration-error")).getText())
                .contains("No class has the join code WXYZ-WXYZ");
    }

    @Test
    void an_empty_class_name_is_refused_with_a_message() {
        signInAs(testAccounts.instructor().username());
        navigate("teach");
        _click(_get(Button.class, spec -> spec.withId("create-class")));

        TextField name = _get(TextField.class, spec -> spec.withId("class-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("Give the class a name");
    }
}
