package org.sourcelens.annotation.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.internal.JacksonUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.base.ui.AccessDeniedView;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * The instructor's heat map of a reading: shaded passages with counts, a tag filter, who highlighted
 * a chosen passage, the most highlighted passages and the download; nobody else gets in.
 */
class ClassHighlightsKT extends KaribuTest {

    private static final String FIRST = "Fees at the harbour doubled on Monday, officials said.";
    private static final String SECOND = "“We were not consulted,” said Maria Okonkwo, a harbour pilot.";

    @Autowired
    HighlightService highlights;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ArticleService articles;

    @Autowired
    AssignmentService assignments;

    AccountSummary instructor;
    AccountSummary ana;
    AccountSummary ben;
    AccountSummary cem;
    TaughtClass classroom;
    long readingId;

    @BeforeEach
    void aReadingInAClassOfThree() {
        instructor = testAccounts.instructor();
        ana = testAccounts.student();
        ben = testAccounts.student();
        cem = testAccounts.student();
        signInAs(instructor.username());
        classroom = classrooms.createClass("Heat map view class");
        for (AccountSummary student : List.of(ana, ben, cem)) {
            classrooms.enrolStudent(classroom.id(), student.id());
        }
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Harbour fees", null, null, null, null,
                null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, FIRST),
                new ArticleDraft.Block(ParagraphKind.PARAGRAPH, SECOND)), List.of(), List.of()),
                ArticleVisibility.SHARED);
        readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
    }

    private void highlight(AccountSummary student, Position position, String tag, String note) {
        signInAs(student.username());
        highlights.create(readingId, position, tag, note);
    }

    private static Position in(String anchor, String paragraph, String phrase) {
        int start = paragraph.indexOf(phrase);
        return Position.within(anchor, start, start + phrase.length());
    }

    private void threeStudentsOverlapping() {
        highlight(ana, new Position("p1", FIRST.indexOf("doubled"), "p2", "“We were not consulted,”".length()),
                "claim", "Doubled is a strong word.");
        highlight(ben, in("p1", FIRST, "Monday, officials said"), "evidence", "Who said it?");
        highlight(cem, in("p1", FIRST, "officials"), "claim", null);
    }

    private static List<String> counts() {
        return _find(HeatMark.class).stream().map(mark -> mark.getElement().getAttribute("data-count")).toList();
    }

    private static HeatMark markOver(String text) {
        return _find(HeatMark.class).stream()
                .filter(mark -> mark.getElement().getTextRecursively().startsWith(text)).findFirst().orElseThrow();
    }

    @Test
    void the_instructor_sees_the_heat_filters_by_tag_and_sees_who_highlighted_a_passage() {
        threeStudentsOverlapping();
        signInAs(instructor.username());

        navigate("teach/assignments/" + readingId + "/highlights");

        ClassHighlightsView view = _get(ClassHighlightsView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("back-to-class")).getHref())
                .isEqualTo("teach/" + classroom.id());
        assertThat(view.summary.getText()).isEqualTo("3 highlights by 3 students.");
        assertThat(counts()).containsExactly("1", "2", "3", "2", "1", "1");
        HeatMark hottest = markOver("officials");
        assertThat(hottest.getElement().getAttribute("data-heat")).isEqualTo("5");
        assertThat(hottest.getElement().getAttribute("title")).isEqualTo("3 students: claim, evidence");
        assertThat(hottest.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(hottest.getElement().getTextRecursively()).isEqualTo("officials3");
        assertThat(_get(view.text, Paragraph.class, spec -> spec.withId("p2"))
                .getElement().getTextRecursively()).startsWith("“We were not consulted,”1 said");

        _click(hottest);
        assertThat(view.details.title.getText()).isEqualTo("3 students highlighted this");
        assertThat(view.details.students.getElement().getTextRecursively()).contains(ana.displayName() + " · claim",
                ben.displayName() + " · evidence", cem.displayName() + " · claim", "Doubled is a strong word.",
                "Who said it?");

        ObjectNode enter = JacksonUtils.createObjectNode();
        enter.put(HeatMark.ACTIVATING_KEY, true);
        _fireDomEvent(markOver("doubled on"), "keydown", enter);
        assertThat(view.details.title.getText()).isEqualTo("1 student highlighted this");
        assertThat(view.details.students.getElement().getTextRecursively()).contains(ana.displayName())
                .doesNotContain(ben.displayName());

        List<Button> top = _find(view.top, Button.class);
        assertThat(top).extracting(Button::getText).startsWith("“officials” — 3 students: claim, evidence",
                "“Monday,” — 2 students: claim, evidence");
        _click(top.get(1));
        assertThat(view.details.title.getText()).isEqualTo("2 students highlighted this");
        assertThat(view.details.passage.getText()).isEqualTo("“Monday,”");

        _setValue(view.tag, "claim");
        assertThat(counts()).containsExactly("1", "2", "1", "1");
        assertThat(view.summary.getText()).isEqualTo("2 highlights tagged “claim” by 2 students.");
        assertThat(view.details.students.getChildren()).isEmpty();
        _click(markOver("officials"));
        assertThat(view.details.students.getElement().getTextRecursively()).contains(ana.displayName(),
                cem.displayName()).doesNotContain(ben.displayName());

        _setValue(view.tag, "opinion");
        assertThat(counts()).isEmpty();
        assertThat(view.summary.getText()).isEqualTo("No highlight is tagged “opinion”.");
        _setValue(view.tag, null);
        assertThat(counts()).hasSize(6);

        Anchor download = _get(Anchor.class, spec -> spec.withId("download-highlights"));
        assertThat(download.getText()).isEqualTo("Download all highlights (CSV)");
        String csv = new String(DownloadKt._download(download), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFstudent,username,tag,note,quote").contains("Who said it?");
    }

    @Test
    void the_heat_map_has_a_table_equivalent_that_follows_the_tag_filter() {
        threeStudentsOverlapping();
        signInAs(instructor.username());

        navigate("teach/assignments/" + readingId + "/highlights");

        ClassHighlightsView view = _get(ClassHighlightsView.class);
        assertThat(rows(view.heatTable.getHead())).containsExactly("Passage | Students who marked it | Tags");
        assertThat(rows(view.heatTable.getBody())).hasSize(6).contains("officials | 3 | claim, evidence",
                "Monday, | 2 | claim, evidence");
        _setValue(view.tag, "opinion");
        assertThat(rows(view.heatTable.getBody())).isEmpty();
        _setValue(view.tag, "claim");
        assertThat(rows(view.heatTable.getBody())).hasSize(4).contains("officials | 2 | claim");
    }

    private static List<String> rows(com.vaadin.flow.component.Component section) {
        return section.getChildren().map(row -> String.join(" | ", row.getChildren()
                .map(cell -> cell.getElement().getText()).toList())).toList();
    }

    @Test
    void an_unhighlighted_reading_says_so() {
        navigate("teach/assignments/" + readingId + "/highlights");

        assertThat(_get(ClassHighlightsView.class).summary.getText())
                .startsWith("No student has highlighted this article yet.").contains("class dashboard");
        assertThat(_find(HeatMark.class)).isEmpty();
    }

    @Test
    void a_student_and_an_instructor_of_another_class_cannot_open_the_page() {
        threeStudentsOverlapping();
        signInAs(ana.username());
        assertThatThrownBy(() -> navigate("teach/assignments/" + readingId + "/highlights"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(currentView()).isNotEqualTo(ClassHighlightsView.class);

        signInAs(testAccounts.instructor().username());
        navigate("teach/assignments/" + readingId + "/highlights");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        assertThat(_find(HeatMark.class)).isEmpty();
    }
}
