package org.sourcelens.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sourcelens.annotation.anchoring.Articles.blocks;
import static org.sourcelens.annotation.anchoring.Articles.highlight;
import static org.sourcelens.annotation.anchoring.Articles.positionOf;
import static org.sourcelens.annotation.anchoring.Articles.textAt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorsReanchorTest {

    private static final String P1 = "City Hall announced on Monday that the downtown library will close for "
            + "renovations next spring.";
    private static final String P2 = "The mayor said the budget was balanced in March, a claim the auditor has not yet "
            + "confirmed. Officials promised a full report before the summer recess.";
    private static final String P3 = "Opposition councillors called the timing suspicious, noting that the closure "
            + "falls just weeks before the municipal election.";
    private static final String P4 = "Nobody believed the budget was balanced last year either, when a similar promise "
            + "fell apart in the autumn.";
    private static final String P5 = "Library staff learned of the decision from a press release rather than from "
            + "their managers.";

    private final List<TextBlock> original = blocks(P1, P2, P3, P4, P5);

    @Test
    void a_highlight_in_unchanged_text_keeps_its_position() {
        Selector selector = highlight(original, "a claim the auditor has not yet confirmed");

        Anchoring anchoring = Anchors.reanchor(selector, original);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.POSITION);
        assertThat(anchoring.position()).isEqualTo(selector.position());
        assertThat(anchoring.score()).isEqualTo(1.0);
    }

    @Test
    void a_highlight_crossing_paragraphs_in_unchanged_text_keeps_its_position() {
        Selector selector = highlight(original, "the summer recess.\nOpposition councillors");

        Anchoring anchoring = Anchors.reanchor(selector, original);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.POSITION);
        assertThat(anchoring.position()).isEqualTo(new Position("p2", P2.indexOf("the summer"), "p3", 22));
    }

    @Test
    void an_edit_elsewhere_in_the_same_paragraph_after_the_highlight_keeps_its_position() {
        Selector selector = highlight(original, "The mayor said");
        List<TextBlock> edited = blocks(P1, P2.replace("summer recess", "recess"), P3, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.POSITION);
    }

    @Test
    void the_same_words_at_the_old_position_in_another_context_are_not_taken_for_the_highlight() {
        List<TextBlock> before = blocks("Short note.", "The council met on Monday.");
        Selector selector = highlight(before, "The council");
        List<TextBlock> after = blocks("Editor's update below.", "The council chair resigned in protest.",
                "Short note.", "The council met on Monday.");

        Anchoring anchoring = Anchors.reanchor(selector, after);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_EXACT);
        assertThat(anchoring.position()).isEqualTo(Position.within("p4", 0, 11));
    }

    @Test
    void a_paragraph_inserted_before_moves_the_highlight_to_the_shifted_place() {
        Selector selector = highlight(original, "a claim the auditor has not yet confirmed");
        List<TextBlock> edited = blocks("Editor's note: this story was updated on Tuesday.", P1, P2, P3, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_EXACT);
        assertThat(anchoring.position()).isEqualTo(new Position("p3", selector.position().startOffset(),
                "p3", selector.position().endOffset()));
        assertThat(anchoring.score()).isBetween(0.85, 1.0);
    }

    @Test
    void of_a_quote_that_occurs_twice_the_occurrence_with_matching_context_wins_over_the_nearer_one() {
        Selector selector = Anchors.describe(original, positionOf(original, "the budget was balanced", 1));
        // two paragraphs on top: the old anchor "p4" now holds the other occurrence
        List<TextBlock> edited = blocks("Update: the council meets again on Thursday.",
                "This article has been corrected.", P1, P2, P3, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_EXACT);
        assertThat(anchoring.position().startAnchor()).isEqualTo("p6");
        assertThat(anchoring.position()).isEqualTo(positionOf(edited, "the budget was balanced", 1));
    }

    @Test
    void of_two_occurrences_with_the_same_context_the_one_nearer_the_old_place_wins() {
        String repeated = "Residents were not consulted about the plan at all.";
        List<TextBlock> before = blocks(repeated, P1, repeated, P2, P3);
        Selector selector = Anchors.describe(before, positionOf(before, "not consulted", 1));
        List<TextBlock> after = blocks(repeated, P1, "Breaking: a second library may close.", repeated, P2, P3);

        Anchoring anchoring = Anchors.reanchor(selector, after);

        assertThat(anchoring.position().startAnchor()).isEqualTo("p4");
    }

    @Test
    void a_whole_word_is_preferred_over_the_same_letters_inside_a_longer_word() {
        Selector selector = highlight(blocks("Report: the rates rose."), "rates");
        List<TextBlock> after = blocks("Report: the pirates rose. Elsewhere the rates rose.");

        Anchoring anchoring = Anchors.reanchor(selector, after);

        int whole = after.get(0).text().indexOf(" rates") + 1;
        assertThat(anchoring.position()).isEqualTo(Position.within("p1", whole, whole + 5));
    }

    @Test
    void a_changed_word_inside_the_quote_is_tolerated() {
        Selector selector = highlight(original, "a claim the auditor has not yet confirmed");
        List<TextBlock> edited = blocks(P1, P2.replace("yet confirmed", "yet verified"), P3, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_FUZZY);
        assertThat(anchoring.position()).isEqualTo(positionOf(edited, "a claim the auditor has not yet verified"));
        assertThat(anchoring.score()).isBetween(Anchors.MIN_FUZZY_SCORE, 1.0);
    }

    @Test
    void changed_punctuation_inside_the_quote_is_tolerated() {
        Selector selector = highlight(original, "City Hall announced on Monday that the downtown library");
        List<TextBlock> edited = blocks(P1.replace("announced on Monday that", "announced, on Monday, that"),
                P2, P3, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_FUZZY);
        assertThat(textAt(edited, anchoring.position()))
                .isEqualTo("City Hall announced, on Monday, that the downtown library");
    }

    @Test
    void a_fixed_typo_inside_the_quote_is_tolerated() {
        List<TextBlock> withTypo = blocks(P1, P2, P3.replace("called the timing", "calld the timing"), P4, P5);
        Selector selector = highlight(withTypo, "councillors calld the timing suspicious");

        Anchoring anchoring = Anchors.reanchor(selector, original);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_FUZZY);
        assertThat(anchoring.position()).isEqualTo(positionOf(original, "councillors called the timing suspicious"));
        assertThat(anchoring.score()).isGreaterThan(0.9);
    }

    @Test
    void a_long_quote_with_a_word_changed_in_the_middle_is_found_whole() {
        Selector selector = highlight(original, P3);
        String reworded = P3.replace("the timing suspicious", "the timing convenient");
        List<TextBlock> edited = blocks(P1, P2, reworded, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_FUZZY);
        assertThat(anchoring.position()).isEqualTo(Position.within("p3", 0, reworded.length()));
    }

    @Test
    void a_long_quote_whose_opening_words_changed_is_found_by_its_end() {
        Selector selector = highlight(original, P3);
        String reworded = P3.replace("Opposition councillors called", "Two rival members of council found");
        List<TextBlock> edited = blocks("A new first paragraph.", P1, P2, reworded, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_FUZZY);
        assertThat(anchoring.position()).isEqualTo(Position.within("p4", 0, reworded.length()));
    }

    @Test
    void a_long_quote_whose_closing_words_changed_is_found_by_its_start() {
        Selector selector = highlight(original, P3);
        String reworded = P3.replace("just weeks before the municipal election.", "just ahead of the elections.");
        List<TextBlock> edited = blocks(P1, P2, reworded, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_FUZZY);
        assertThat(anchoring.position()).isEqualTo(Position.within("p3", 0, reworded.length()));
    }

    @Test
    void a_highlight_whose_sentence_was_deleted_becomes_an_orphan() {
        Selector selector = highlight(original, "Officials promised a full report");
        List<TextBlock> edited = blocks(P1, P2.substring(0, P2.indexOf(" Officials")), P3, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.ORPHAN);
        assertThat(anchoring.isOrphan()).isTrue();
        assertThat(anchoring.position()).isNull();
        assertThat(anchoring.score()).isZero();
    }

    @Test
    void a_highlight_whose_quote_was_rewritten_beyond_small_edits_becomes_an_orphan() {
        Selector selector = highlight(original, "a claim the auditor has not yet confirmed");
        List<TextBlock> edited = blocks(P1,
                P2.replace("a claim the auditor has not yet confirmed", "which auditors dispute"), P3, P4, P5);

        assertThat(Anchors.reanchor(selector, edited).isOrphan()).isTrue();
    }

    @Test
    void a_short_quote_resembling_words_in_an_unrelated_context_becomes_an_orphan() {
        List<TextBlock> before = blocks("Turnout among rural voters fell sharply last year.",
                "The mayor blamed the weather.");
        Selector selector = highlight(before, "rural voters");
        List<TextBlock> after = blocks("The mayor blamed the weather.", "Every rural voter we asked disagreed.");

        assertThat(Anchors.reanchor(selector, after).isOrphan()).isTrue();
    }

    @Test
    void a_highlight_whose_paragraph_was_split_in_two_crosses_the_new_boundary() {
        Selector selector = highlight(original, "not yet confirmed. Officials promised");
        String split = P2.replace("confirmed. Officials", "confirmed.\nOfficials");
        List<TextBlock> edited = Articles.split(String.join("\n", P1, split, P3, P4, P5));

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.isOrphan()).isFalse();
        assertThat(anchoring.position().startAnchor()).isEqualTo("p2");
        assertThat(anchoring.position().endAnchor()).isEqualTo("p3");
        assertThat(textAt(edited, anchoring.position())).isEqualTo("not yet confirmed.\nOfficials promised");
    }

    @Test
    void a_highlight_crossing_paragraphs_that_were_merged_lies_within_the_merged_one() {
        Selector selector = highlight(original, "fell apart in the autumn.\nLibrary staff learned");
        List<TextBlock> edited = blocks(P1, P2, P3, P4 + " " + P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.isOrphan()).isFalse();
        assertThat(anchoring.position())
                .isEqualTo(positionOf(edited, "fell apart in the autumn. Library staff learned"));
        assertThat(anchoring.score()).isGreaterThan(0.9);
    }

    @Test
    void changed_whitespace_does_not_lose_a_highlight() {
        Selector selector = highlight(original, "the budget was balanced in March, a claim");
        String respaced = "  " + P2.replace("said the", "said  the").replace("March, a", "March,\u00A0a")
                .replace("budget was", "budget \t was") + "   ";
        List<TextBlock> edited = blocks(P1, respaced, P3, P4, P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_FUZZY);
        assertThat(textAt(edited, anchoring.position())).isEqualTo("the budget \t was balanced in March,\u00A0a claim");
        assertThat(anchoring.score()).isGreaterThan(0.9);
    }

    @Test
    void changed_case_and_typographic_quotes_count_as_no_edit_of_the_quote() {
        List<TextBlock> plain = blocks("He called it \"a disaster for readers\" and left.");
        Selector selector = highlight(plain, "\"a disaster for readers\"");
        List<TextBlock> typeset = blocks("He called it \u201CA Disaster for Readers\u201D and left.");

        Anchoring anchoring = Anchors.reanchor(selector, typeset);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_FUZZY);
        assertThat(textAt(typeset, anchoring.position())).isEqualTo("\u201CA Disaster for Readers\u201D");
        assertThat(anchoring.score()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void a_verbatim_copy_in_an_unrelated_context_does_not_beat_the_slightly_edited_original() {
        Selector selector = highlight(original, "the budget was balanced in March");
        List<TextBlock> edited = blocks(P1, P2.replace("budget was balanced in March", "budget is balanced in March"),
                P3, P4.replace("last year either", "in March, wrote one analyst"), P5);

        Anchoring anchoring = Anchors.reanchor(selector, edited);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_FUZZY);
        assertThat(anchoring.position()).isEqualTo(positionOf(edited, "the budget is balanced in March"));
    }

    @Test
    void a_highlight_whose_paragraph_number_no_longer_exists_is_found_by_its_quote() {
        Selector selector = highlight(original, "a press release");
        List<TextBlock> shortened = blocks(P3, P5);

        Anchoring anchoring = Anchors.reanchor(selector, shortened);

        assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE_EXACT);
        assertThat(anchoring.position()).isEqualTo(positionOf(shortened, "a press release"));
    }

    @Test
    void in_an_empty_article_every_highlight_is_an_orphan() {
        Selector selector = highlight(original, "a press release");

        assertThat(Anchors.reanchor(selector, List.of()).isOrphan()).isTrue();
        assertThat(Anchors.reanchor(selector, blocks("", "")).isOrphan()).isTrue();
    }

    @Test
    void exactly_orphans_have_no_position_and_scores_lie_between_zero_and_one() {
        Position somewhere = Position.within("p1", 0, 4);

        assertThatThrownBy(() -> new Anchoring(AnchorMethod.ORPHAN, somewhere, 0.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Anchoring(AnchorMethod.QUOTE_EXACT, null, 0.9))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Anchoring(AnchorMethod.POSITION, somewhere, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void surer_methods_score_higher() {
        Selector selector = highlight(original, "a claim the auditor has not yet confirmed");

        double position = Anchors.reanchor(selector, original).score();
        double exact = Anchors.reanchor(selector, blocks("New lead paragraph.", P1, P2, P3, P4, P5)).score();
        double fuzzy = Anchors.reanchor(selector, blocks(P1, P2.replace("yet confirmed", "yet verified"), P3, P4, P5))
                .score();

        assertThat(position).isGreaterThan(exact);
        assertThat(exact).isGreaterThan(fuzzy);
    }

    @Test
    void re_anchoring_many_highlights_at_once_gives_the_same_results_in_the_same_order() {
        var selectors = new ArrayList<Selector>();
        for (String quote : List.of("downtown library", "not yet confirmed", "the municipal election",
                "press release")) {
            selectors.add(highlight(original, quote));
        }
        List<TextBlock> edited = blocks("A new lead.", P1, P2.replace("not yet", "not"), P3, P5);

        List<Anchoring> together = Anchors.reanchorAll(selectors, edited);

        assertThat(together).containsExactlyElementsOf(
                selectors.stream().map(selector -> Anchors.reanchor(selector, edited)).toList());
        // "p5" is still the library staff's paragraph, so the last highlight has not moved
        assertThat(together).extracting(Anchoring::method).containsExactly(AnchorMethod.QUOTE_EXACT,
                AnchorMethod.QUOTE_FUZZY, AnchorMethod.QUOTE_EXACT, AnchorMethod.POSITION);
    }
}
