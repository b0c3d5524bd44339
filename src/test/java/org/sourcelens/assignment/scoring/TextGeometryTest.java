package org.sourcelens.assignment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.assignment.scoring.TextGeometry.Block;

class TextGeometryTest {

    private final TextGeometry geometry = TextGeometry.of(List.of("p1", "p2", "p3"),
            List.of("Twelve chars", "Five!", "Three"));

    @Test
    void paragraphs_are_laid_end_to_end() {
        assertThat(geometry.globalOffset("p1", 3)).isEqualTo(3);
        assertThat(geometry.globalOffset("p2", 0)).isEqualTo(12);
        assertThat(geometry.globalOffset("p3", 2)).isEqualTo(19);
    }

    @Test
    void a_passage_may_end_just_after_the_last_character_of_a_paragraph() {
        assertThat(geometry.globalOffset("p2", 5)).isEqualTo(17);
    }

    @Test
    void lengths_come_from_the_paragraph_texts() {
        assertThat(geometry.blocks()).containsExactly(new Block("p1", 12), new Block("p2", 5), new Block("p3", 5));
    }

    @Test
    void an_unknown_anchor_is_refused() {
        assertThatThrownBy(() -> geometry.globalOffset("p4", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p4");
    }

    @Test
    void an_offset_before_the_paragraph_is_refused() {
        assertThatThrownBy(() -> geometry.globalOffset("p2", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_offset_past_the_end_of_the_paragraph_is_refused() {
        assertThatThrownBy(() -> geometry.globalOffset("p2", 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anchors_and_texts_must_pair_up() {
        assertThatThrownBy(() -> TextGeometry.of(List.of("p1", "p2"), List.of("only one text")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_anchor_may_appear_only_once() {
        assertThatThrownBy(() -> new TextGeometry(List.of(new Block("p1", 3), new Block("p1", 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_paragraph_cannot_have_a_negative_length() {
        assertThatThrownBy(() -> new Block("p1", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
