package org.sourcelens.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void whitespace_runs_case_and_typographic_punctuation_are_folded_away() {
        assertThat(FoldedText.fold("The  Mayor\u00A0said\n\u201CNo\u201D \u2014 it\u2019s\tover"))
                .isEqualTo("the mayor said \"no\" - it's over");
    }

    @Test
    void invisible_characters_disappear() {
        assertThat(FoldedText.fold("news\u00ADpaper\u200B")).isEqualTo("newspaper");
    }

    @Test
    void every_folded_character_leads_back_to_the_original() {
        String original = "A  long\u00ADer\nline";
        FoldedText folded = FoldedText.of(original);

        assertThat(folded.text()).isEqualTo("a longer line");
        int start = folded.text().indexOf("longer");
        int end = start + "longer line".length();
        assertThat(original.substring(folded.originalStart(start), folded.originalEnd(end)))
                .isEqualTo("long\u00ADer\nline");
    }

    @Test
    void an_original_offset_maps_to_the_next_folded_character() {
        FoldedText folded = FoldedText.of("a   b");

        assertThat(folded.foldedOffset(0)).isZero();
        assertThat(folded.foldedOffset(2)).isEqualTo(2);
        assertThat(folded.foldedOffset(4)).isEqualTo(2);
        assertThat(folded.foldedOffset(5)).isEqualTo(3);
    }
}
