package org.sourcelens.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.annotation.ui.ReaderView;
import org.sourcelens.article.ArticleService;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.Reading;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.sourcelens.base.ui.AccessDeniedView;
import org.sourcelens.classroom.ui.InstructorClassesView;
import org.sourcelens.classroom.ui.StudentClassesView;

/** The demo student's path: sign in, see the demo class, open both seed articles in the reader. */
class StudentReadingKT extends KaribuTest {

    @Autowired
    ClassroomService classrooms;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ArticleService articles;

    @BeforeEach
    void signInAsDemoStudent() {
        signInAs("amira");
    }

    private String demoClassLink() {
        navigate("");
        assertThat(currentView()).isEqualTo(StudentClassesView.class);
        UnorderedList classes = _get(UnorderedList.class, spec -> spec.withId("class-list"));
        List<Anchor> links = _find(classes, Anchor.class, spec -> spec.withText("Media literacy (demo class)"));
        assertThat(links).hasSize(1);
        return links.getFirst().getHref();
    }

    private List<Anchor> readingLinks() {
        return _find(_get(UnorderedList.class, spec -> spec.withId("reading-list")), Anchor.class);
    }

    @Test
    void student_sees_their_class_and_both_seed_articles_in_it() {
        navigate(demoClassLink());

        assertThat(currentView()).isEqualTo(StudentClassView.class);
        assertThat(_get(H1.class, spec -> spec.withId("class-title")).getText())
                .isEqualTo("Media literacy (demo class)");
        assertThat(readingLinks()).filteredOn(link -> link.getHref().startsWith("read/")).extracting(Anchor::getText)
                .containsExactlyInAnyOrder(
                "MEK in Albania—Potential Implications and Security Concerns for Albania",
                "Albania becomes a frontline in the proxy battle between Iran and the US");
    }

    @Test
    void reader_shows_what_the_article_states_and_says_not_stated_for_the_rest() {
        navigate(demoClassLink());
        Anchor broadcaster = readingLinks().stream()
                .filter(link -> link.getText().startsWith("Albania becomes")).findFirst().orElseThrow();
        assertThat(broadcaster.getHref()).startsWith("read/");
        navigate(broadcaster.getHref());

        assertThat(currentView()).isEqualTo(ReaderView.class);
        assertThat(_get(H1.class, spec -> spec.withId("article-title")).getText())
                .startsWith("Albania becomes a frontline");
        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("fact-outlet")).getText())
                .isEqualTo("TRT World — state-owned broadcaster (Turkey)");
        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("fact-author")).getText())
                .isEqualTo("not stated");
        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("fact-published")).getText())
                .startsWith("not stated");
        List<Paragraph> paragraphs = _find(Paragraph.class, spec -> spec.withClasses("article-paragraph"));
        assertThat(paragraphs).isNotEmpty();
        assertThat(paragraphs.getFirst().getId()).hasValue("p1");
        assertThat(paragraphs).extracting(Paragraph::getText)
                .noneMatch(text -> text.startsWith("Maryam Rajavi (L)") || text.equals("Route 6"));
    }

    @Test
    void reader_lists_the_notes_of_the_think_tank_bulletin_in_order() {
        navigate(demoClassLink());
        Anchor bulletin = readingLinks().stream()
                .filter(link -> link.getText().startsWith("MEK in Albania")).findFirst().orElseThrow();
        navigate(bulletin.getHref());

        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("fact-published")).getText())
                .startsWith("2018");
        OrderedList notes = _get(OrderedList.class, spec -> spec.withId("article-notes"));
        assertThat(_find(notes, ListItem.class)).extracting(item -> item.getId().orElseThrow())
                .containsExactly("note-1", "note-2", "note-3");
        assertThat(_find(notes, Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("https://www.youtube.com/watch?v=kIR97EP_phE");
    }

    @Test
    void student_cannot_open_instructor_pages_by_typing_their_address() {
        String taughtClassAddress = demoClassLink().replace("classes/", "teach/");

        assertThatThrownBy(() -> navigate("teach")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(currentView()).isNotEqualTo(InstructorClassesView.class);
        assertThatThrownBy(() -> navigate(taughtClassAddress)).isInstanceOf(MockAccessDeniedException.class);
        assertThat(currentView()).isNotEqualTo(InstructorClassView.class);
    }

    @Test
    void student_cannot_open_another_class_or_its_reading_by_typing_the_address() {
        AccountSummary otherInstructor = testAccounts.instructor();
        signInAs(otherInstructor.username());
        TaughtClass otherClass = classrooms.createClass("Another school's class");
        Reading otherReading = assignments.assignReading(otherClass.id(), articles.assignableArticles().getFirst().id());
        signInAs("amira");

        navigate("read/" + otherReading.assignmentId());
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        assertThat(_find(H1.class, spec -> spec.withId("article-title"))).isEmpty();

        navigate("classes/" + otherClass.id());
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
