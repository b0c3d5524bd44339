package org.sourcelens.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcelens.annotation.anchoring.Articles.blocks;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorsDescribeTest {

    private final List<TextBlock> article = blocks(
            "Local papers are closing at a rate of two a week, according to a new study.",
            "Researchers counted newsrooms in every county and found whole regions without one.",
            "Readers there rely on social media, where rumours travel faster than corrections.");

    @Test
    void a_highlight_within_one_paragraph_quotes_its_text_with_context_from_the_joined_article() {
        Selector selector = Anchors.describe(article, Position.within("p2", 12, 30));

        assertThat(selector.exact()).isEqualTo("counted newsrooms ");
        assertThat(selector.prefix()).isEqualTo("ing to a new study.\nResearchers ");
        assertThat(selector.suffix()).isEqualTo("in every county and found whole ");
        assertThat(selector.prefix()).hasSize(Anchors.CONTEXT);
        assertThat(selector.suffix()).hasSize(Anchors.CONTEXT);
        assertThat(selector.position()).isEqualTo(Position.within("p2", 12, 30));
    }

    @Test
    void a_highlight_crossing_paragraphs_quotes_the_separator_between_them() {
        Selector selector = Anchors.describe(article, new Position("p1", 60, "p2", 11));

        assertThat(selector.exact()).isEqualTo("to a new study.\nResearchers");
        assertThat(selector.suffix()).startsWith(" counted");
    }

    @Test
    void a_highlight_may_run_to_the_end_of_a_paragraph_and_cover_whole_ones() {
        String first = article.get(0).text();

        assertThat(Anchors.describe(article, Position.within("p1", 0, first.length())).exact()).isEqualTo(first);
        assertThat(Anchors.describe(article, new Position("p1", 0, "p3", 7)).exact())
                .startsWith(first + "\n").endsWith("\nReaders");
    }

    @Test
    void the_prefix_is_clipped_at_the_start_of_the_article() {
        Selector selector = Anchors.describe(article, Position.within("p1", 6, 12));

        assertThat(selector.exact()).isEqualTo("papers");
        assertThat(selector.prefix()).isEqualTo("Local ");
    }

    @Test
    void the_suffix_is_clipped_at_the_end_of_the_article() {
        String last = article.get(2).text();
        Selector selector = Anchors.describe(article, Position.within("p3", last.length() - 12, last.length() - 1));

        assertThat(selector.exact()).isEqualTo("corrections");
        assertThat(selector.suffix()).isEqualTo(".");
    }

    @Test
    void a_highlight_of_the_whole_article_has_no_context() {
        String last = article.get(2).text();
        Selector selector = Anchors.describe(article, new Position("p1", 0, "p3", last.length()));

        assertThat(selector.prefix()).isEmpty();
        assertThat(selector.suffix()).isEmpty();
    }

    @Test
    void context_does_not_split_a_character_outside_the_basic_plane() {
        List<TextBlock> withEmoji = blocks("\uD83D\uDCF0".repeat(20) + " headline " + "\uD83D\uDCF0".repeat(20));
        Selector selector = Anchors.describe(withEmoji, Position.within("p1", 41, 49));

        assertThat(selector.exact()).isEqualTo("headline");
        assertThat(Character.isLowSurrogate(selector.prefix().charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(selector.suffix().charAt(selector.suffix().length() - 1))).isFalse();
    }

    @Test
    void an_unknown_anchor_is_refused() {
        assertThatThrownBy(() -> Anchors.describe(article, Position.within("p4", 0, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p4");
    }

    @Test
    void an_offset_past_the_end_of_its_paragraph_is_refused() {
        int length = article.get(0).text().length();

        assertThatThrownBy(() -> Anchors.describe(article, Position.within("p1", 0, length + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p1");
    }

    @Test
    void a_negative_offset_is_refused() {
        assertThatThrownBy(() -> Position.within("p1", -1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_highlight_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> Anchors.describe(article, Position.within("p1", 10, 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Anchors.describe(article, new Position("p2", 0, "p1", 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_empty_highlight_is_refused() {
        assertThatThrownBy(() -> Anchors.describe(article, Position.within("p1", 4, 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blocks_with_the_same_anchor_are_refused() {
        List<TextBlock> twice = List.of(new TextBlock("p1", "One."), new TextBlock("p1", "Two."));

        assertThatThrownBy(() -> Anchors.describe(twice, Position.within("p1", 0, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p1");
    }
}
