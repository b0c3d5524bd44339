package org.sourcelens.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.springframework.beans.factory.annotation.Autowired;

class ClassTagsKT extends KaribuTest {

    @Autowired
    ClassroomService classrooms;

    @Autowired
    HighlightService highlights;

    @Test
    void the_instructor_replaces_the_tags_and_a_student_cannot_open_the_page() {
        signInAs(testAccounts.instructor().username());
        TaughtClass classroom = classrooms.createClass("Tagged class");
        navigate("teach/" + classroom.id() + "/tags");
        assertThat(_get(TextArea.class, spec -> spec.withId("class-tags")).getValue()).startsWith("claim\nevidence");

        _setValue(_get(TextArea.class, spec -> spec.withId("class-tags")), "claim\nwho benefits\n\nclaim");
        _click(_get(Button.class, spec -> spec.withId("save-tags")));

        assertThat(highlights.tags(classroom.id())).containsExactly("claim", "who benefits");
        signInAs(testAccounts.student().username());
        assertThatThrownBy(() -> navigate("teach/" + classroom.id() + "/tags"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
