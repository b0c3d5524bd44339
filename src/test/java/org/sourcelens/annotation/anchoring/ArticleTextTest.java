package org.sourcelens.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcelens.annotation.anchoring.Articles.blocks;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private final ArticleText article = ArticleText.of(blocks("Twelve chars", "", "Five!"));

    @Test
    void blocks_are_joined_with_one_line_break_between_them() {
        assertThat(article.text()).isEqualTo("Twelve chars\n\nFive!");
    }

    @Test
    void the_end_of_a_block_and_the_start_of_the_next_are_different_offsets() {
        assertThat(article.offsetOf("p1", 12)).isEqualTo(12);
        assertThat(article.offsetOf("p2", 0)).isEqualTo(13);
        assertThat(article.offsetOf("p3", 0)).isEqualTo(14);
    }

    @Test
    void a_range_converts_back_to_the_blocks_that_own_its_ends() {
        assertThat(article.position(7, 12)).isEqualTo(Position.within("p1", 7, 12));
        assertThat(article.position(7, 18)).isEqualTo(new Position("p1", 7, "p3", 4));
        assertThat(article.position(12, 14)).isEqualTo(new Position("p1", 12, "p3", 0));
    }

    @Test
    void offsets_convert_there_and_back() {
        for (int start = 0; start <= article.length(); start++) {
            for (int end = start; end <= article.length(); end++) {
                Position position = article.position(start, end);
                assertThat(article.offsetOf(position.startAnchor(), position.startOffset())).isEqualTo(start);
                assertThat(article.offsetOf(position.endAnchor(), position.endOffset())).isEqualTo(end);
            }
        }
    }

    @Test
    void an_unknown_anchor_or_an_offset_outside_its_block_has_no_offset() {
        assertThat(article.offsetOrMinusOne("p9", 0)).isEqualTo(-1);
        assertThat(article.offsetOrMinusOne("p3", 6)).isEqualTo(-1);
        assertThat(article.offsetOrMinusOne("p3", 5)).isEqualTo(19);
    }
}
