package org.sourcelens.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.EnrolledClass;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** The instructor archives a class from its page and restores it; its students stop seeing it meanwhile. */
class ClassArchiveKT extends KaribuTest {

    @Autowired
    ClassroomService classrooms;

    @Test
    void the_instructor_archives_and_restores_a_class_from_its_page() {
        AccountSummary instructor = testAccounts.instructor();
        AccountSummary student = testAccounts.student();
        signInAs(instructor.username());
        TaughtClass taught = classrooms.createClass("Spring term");
        classrooms.enrolStudent(taught.id(), student.id());
        navigate("teach/" + taught.id());

        _click(_get(Button.class, spec -> spec.withId("archive-class")));

        assertThat(_get(H1.class, spec -> spec.withId("class-title")).getText()).isEqualTo("Spring term (archived)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("archive-state")).getText())
                .startsWith("This class is archived");
        assertThat(_get(Button.class, spec -> spec.withId("archive-class")).getText()).isEqualTo("Restore this class");
        signInAs(student.username());
        assertThat(classrooms.myEnrolledClasses()).extracting(EnrolledClass::id).doesNotContain(taught.id());

        signInAs(instructor.username());
        _click(_get(Button.class, spec -> spec.withId("archive-class")));
        assertThat(_get(H1.class, spec -> spec.withId("class-title")).getText()).isEqualTo("Spring term");
        signInAs(student.username());
        assertThat(classrooms.myEnrolledClasses()).extracting(EnrolledClass::id).contains(taught.id());
    }
}
