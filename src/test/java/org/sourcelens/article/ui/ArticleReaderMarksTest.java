package org.sourcelens.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcelens.WithMockVaadin;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ParagraphKind;

/** Highlights in the rendered text: own marks win, classmates' overlaps show as density. */
class ArticleReaderMarksTest extends WithMockVaadin {

    private static final String TEXT = "Fees at the harbour doubled on Monday, officials said.";

    private static List<Element> marks(List<ArticleReader.Mark> marks) {
        ArticleContent content = new ArticleContent(1, 1, "Harbour", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new ArticleContent.Paragraph("p1", ParagraphKind.PARAGRAPH, TEXT, List.of())), List.of());
        ArticleReader reader = new ArticleReader(content, Locale.ENGLISH, marks);
        Element paragraph = reader.getElement().getChild(1).getChild(0);
        assertThat(paragraph.getTextRecursively()).isEqualTo(TEXT);
        return paragraph.getChildren().filter(child -> !child.isTextNode() && "mark".equals(child.getTag())).toList();
    }

    @Test
    void overlapping_classmates_highlights_are_counted_per_stretch_of_text() {
        List<Element> marks = marks(List.of(
                new ArticleReader.Mark("p1", 0, 19, "claim", "Ann — claim", false, 1),
                new ArticleReader.Mark("p1", 12, 37, "evidence", "Ben — evidence", false, 2),
                new ArticleReader.Mark("p1", 12, 19, "source", "Cat — source", false, 3)));

        assertThat(marks).extracting(Element::getTextRecursively, m -> m.getAttribute("data-peers"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fees at the ", "1"),
                        org.assertj.core.groups.Tuple.tuple("harbour", "3"),
                        org.assertj.core.groups.Tuple.tuple(" doubled on Monday", "1"));
        assertThat(marks.get(1).getAttribute("data-density")).isEqualTo("3");
        assertThat(marks.get(1).getAttribute("title")).startsWith("3 other highlights here")
                .contains("Ann — claim", "Ben — evidence", "Cat — source");
        assertThat(marks).allSatisfy(m -> assertThat(m.getClassList()).contains("peer-highlight"));
    }

    @Test
    void an_own_highlight_is_shown_as_ones_own_with_the_others_counted_beside_it() {
        List<Element> marks = marks(List.of(
                new ArticleReader.Mark("p1", 39, 53, "source", "Ann — source", false, 3),
                new ArticleReader.Mark("p1", 39, 53, "claim", "claim: mine", true, 9)));

        assertThat(marks).singleElement().satisfies(mark -> {
            assertThat(mark.getTextRecursively()).isEqualTo("officials said");
            assertThat(mark.getClassList()).contains("highlight").doesNotContain("peer-highlight");
            assertThat(mark.getAttribute("data-tag")).isEqualTo("claim");
            assertThat(mark.getAttribute("data-peers")).isEqualTo("1");
            assertThat(mark.getAttribute("title")).isEqualTo("claim: mine\n1 other highlight here\nAnn — source");
            assertThat(mark.getAttribute("aria-description")).as("what a screen reader reads with the passage")
                    .isEqualTo(mark.getAttribute("title"));
        });
    }

    @Test
    void an_own_highlight_carries_its_tag_as_text_at_its_end_so_colour_is_not_the_only_cue() {
        List<Element> marks = marks(List.of(
                new ArticleReader.Mark("p1", 0, 19, "claim", "claim: mine", true, 9),
                new ArticleReader.Mark("p1", 12, 37, "source", "Ben — source", false, 2)));

        assertThat(marks).extracting(Element::getTextRecursively, m -> m.getClassList().contains("tag-end"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fees at the ", false),
                        org.assertj.core.groups.Tuple.tuple("harbour", true),
                        org.assertj.core.groups.Tuple.tuple(" doubled on Monday", false));
        assertThat(marks.get(1).getAttribute("data-tag")).isEqualTo("claim");
    }
}
