package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidueRulesTest {

    private final List<String> log = new ArrayList<>();

    private static List<String> texts(List<RawBlock> blocks) {
        return blocks.stream().map(RawBlock::text).toList();
    }

    @Test
    void blocks_split_at_blank_lines_and_normalise_odd_spaces() {
        String raw = "\uFEFFFirst  line\u00A0here\r\nsame block\r\n \r\n\r\nSecond\u200B block\n";

        assertThat(ResidueRules.blocks(raw)).containsExactly(
                RawBlock.of("First line here", "same block"), RawBlock.of("Second block"));
    }

    @Test
    void leading_page_furniture_is_dropped_but_a_short_real_title_is_kept() {
        List<RawBlock> blocks = List.of(RawBlock.of("Advertisement"), RawBlock.of("Skip to content"),
                RawBlock.of("Image placeholder"), RawBlock.of("Storm season"), RawBlock.of("It rained."));

        assertThat(texts(ResidueRules.dropLeadingChrome(blocks, log))).containsExactly("Storm season", "It rained.");
        assertThat(log).hasSize(3);
    }

    @Test
    void furniture_words_inside_a_sentence_are_not_furniture() {
        List<RawBlock> blocks = List.of(RawBlock.of("Share prices fell."), RawBlock.of("Body."));

        assertThat(ResidueRules.dropLeadingChrome(blocks, log)).isEqualTo(blocks);
    }

    @Test
    void a_caption_ending_in_a_credit_is_dropped_with_its_repeats_wherever_they_stand() {
        List<RawBlock> blocks = List.of(
                RawBlock.of("A harbour at dawn."),
                RawBlock.of("Opening paragraph."),
                RawBlock.of("A harbour at dawn.", "Reuters"),
                RawBlock.of("A harbour at dawn."),
                RawBlock.of("Closing paragraph."));

        assertThat(texts(ResidueRules.dropCaptionsAndCredits(blocks, log)))
                .containsExactly("Opening paragraph.", "Closing paragraph.");
    }

    @Test
    void lone_credit_lines_are_dropped() {
        List<RawBlock> blocks = List.of(RawBlock.of("(Photo: example.org)"), RawBlock.of("AFP / Getty Images"),
                RawBlock.of("Image credit: Jane Doe"), RawBlock.of("Reuters reported the fall."));

        assertThat(texts(ResidueRules.dropCaptionsAndCredits(blocks, log)))
                .containsExactly("Reuters reported the fall.");
    }

    @Test
    void exact_repeats_of_a_block_are_dropped_once_seen() {
        List<RawBlock> blocks = List.of(RawBlock.of("One."), RawBlock.of("Two."), RawBlock.of("One."));

        assertThat(texts(ResidueRules.dropRepeatedBlocks(blocks, log))).containsExactly("One.", "Two.");
    }

    @Test
    void notes_are_renumbered_in_order_when_the_list_restarts_and_bare_lines_continue_a_note() {
        List<RawBlock> section = List.of(
                RawBlock.of("1. First source (May 1)."),
                RawBlock.of("2. Second source:"),
                RawBlock.of("https://example.org/two"),
                RawBlock.of("1. Ibid."));

        assertThat(ResidueRules.notes(section, log)).containsExactly(
                "First source (May 1).", "Second source: https://example.org/two", "Ibid.");
        assertThat(log).anyMatch(line -> line.startsWith("Renumbered the notes"));
    }

    @Test
    void well_numbered_notes_are_left_alone_and_bracketed_numbers_count() {
        List<RawBlock> section = List.of(RawBlock.of("[1] One.", "[2] Two."));

        assertThat(ResidueRules.notes(section, log)).containsExactly("One.", "Two.");
        assertThat(log).isEmpty();
    }

    @Test
    void the_notes_heading_is_found_by_its_usual_names() {
        assertThat(ResidueRules.notesHeadingIndex(List.of(RawBlock.of("Text."), RawBlock.of("References"),
                RawBlock.of("1. A.")))).isEqualTo(1);
        assertThat(ResidueRules.notesHeadingIndex(List.of(RawBlock.of("Notes are taken."), RawBlock.of("B."))))
                .isEqualTo(-1);
    }

    @Test
    void short_unpunctuated_lines_at_the_end_are_navigation_residue() {
        List<RawBlock> blocks = List.of(RawBlock.of("The last sentence."), RawBlock.of("Related stories"),
                RawBlock.of("Next"));

        assertThat(texts(ResidueRules.dropTrailingNavigation(blocks, log))).containsExactly("The last sentence.");
    }

    @Test
    void a_final_sentence_or_quotation_is_not_navigation() {
        List<RawBlock> blocks = List.of(RawBlock.of("Body."), RawBlock.of("“Never again.”"), RawBlock.of("Why?"));

        assertThat(ResidueRules.dropTrailingNavigation(blocks, log)).isEqualTo(blocks);
    }

    @Test
    void headings_are_short_single_lines_that_do_not_end_like_sentences() {
        assertThat(ResidueRules.isHeading(RawBlock.of("What the figures show"))).isTrue();
        assertThat(ResidueRules.isHeading(RawBlock.of("The figures show a rise."))).isFalse();
        assertThat(ResidueRules.isHeading(RawBlock.of("“A quotation without an end"))).isFalse();
        assertThat(ResidueRules.isHeading(RawBlock.of("Two", "lines"))).isFalse();
    }
}
