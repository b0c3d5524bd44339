package org.sourcelens.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.article.ArticleService;
import org.sourcelens.assignment.QuestionSetService;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.springframework.beans.factory.annotation.Autowired;

/** The getting-started checklist on the instructor's class list, from an empty account to a first assignment. */
class GettingStartedKT extends KaribuTest {

    private static final List<String> STEPS = List.of("step-class", "step-article", "step-questions", "step-assign");

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ArticleService articles;

    @Autowired
    QuestionSetService questionSets;

    private static ListItem step(String id) {
        return _get(GettingStartedPanel.class).getChildren()
                .flatMap(c -> c.getChildren()).filter(ListItem.class::isInstance).map(ListItem.class::cast)
                .filter(item -> item.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private static boolean done(String id) {
        ListItem item = step(id);
        assertThat(item.getClassNames()).containsAnyOf("step-done", "step-open");
        return item.hasClassName("step-done");
    }

    @Test
    void a_new_instructor_sees_every_step_open_with_a_way_to_take_it() {
        signInAs(testAccounts.instructor().username());
        navigate("");

        GettingStartedPanel panel = _get(GettingStartedPanel.class);
        assertThat(panel.isVisible()).isTrue();
        assertThat(STEPS).allSatisfy(id -> assertThat(done(id)).as(id).isFalse());
        assertThat(step("step-class").getElement().getTextRecursively()).startsWith("To do:");
        assertThat(_find(step("step-article"), Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("library/import", "library");
        assertThat(_find(step("step-questions"), Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("question-sets");
        assertThat(_find(step("step-assign"), Anchor.class)).as("no class to assign in yet").isEmpty();
    }

    @Test
    void creating_a_class_and_copying_the_starter_sets_tick_their_steps_off_at_once() {
        signInAs(testAccounts.instructor().username());
        navigate("teach");

        _setValue(_get(TextField.class, spec -> spec.withId("class-name")), "Period 2");
        _click(_get(Button.class, spec -> spec.withId("create-class")));

        long classId = classrooms.myTaughtClasses().getFirst().id();
        assertThat(done("step-class")).isTrue();
        assertThat(step("step-class").getElement().getTextRecursively()).startsWith("Done:");
        assertThat(_find(step("step-assign"), Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("teach/" + classId);

        _click(_get(Button.class, spec -> spec.withId("copy-starter-sets")));
        assertThat(done("step-questions")).isTrue();
        assertThat(questionSets.mySets()).isNotEmpty();
        assertThat(done("step-article")).isFalse();
        assertThat(done("step-assign")).isFalse();
    }

    @Test
    void the_checklist_goes_away_once_work_is_assigned() {
        signInAs(testAccounts.instructor().username());
        TaughtClass taught = classrooms.createClass("Period 4");
        questionSets.copyStarterSets();
        navigate("teach");
        assertThat(done("step-assign")).isFalse();

        navigate("teach/" + taught.id());
        var form = _get(AssignmentForm.class);
        form.article.setValue(articles.assignableArticles().getFirst());
        _click(form.assign);
        navigate("teach");

        _assertNone(GettingStartedPanel.class);
    }

    @Test
    void the_demo_instructor_with_everything_done_does_not_see_it() {
        signInAs("teacher");
        navigate("teach");
        _assertNone(GettingStartedPanel.class);
    }
}
