package org.sourcelens.assignment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcelens.assignment.scoring.Questions.highlight;
import static org.sourcelens.assignment.scoring.Questions.highlighted;
import static org.sourcelens.assignment.scoring.Questions.passage;
import static org.sourcelens.assignment.scoring.Questions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.scoring.TextGeometry.Block;

/** An article version of three paragraphs of 100 characters each: 300 characters in all. */
class HighlightScoringTest {

    private final TextGeometry geometry =
            new TextGeometry(List.of(new Block("p1", 100), new Block("p2", 100), new Block("p3", 100)));

    private AutoScore score(QuestionSpec question, AnswerValue answer) {
        return AutoScoring.score(question, answer, geometry).orElseThrow();
    }

    @Test
    void highlighting_exactly_the_key_passage_earns_full_marks() {
        var score = score(highlight(3, within("p1", 10, 30)), highlighted(within("p1", 10, 30)));

        assertThat(score.points()).isEqualTo(3.0);
        assertThat(score.fullyCorrect()).isTrue();
        assertThat(score.feedback()).isEmpty();
        assertThat(score.explanation()).isEqualTo("1 of 1 key passage found.");
    }

    @Test
    void covering_49_percent_of_a_key_passage_does_not_find_it() {
        var score = score(highlight(3, within("p1", 0, 100)), highlighted(within("p1", 0, 49)));

        assertThat(score.points()).isZero();
        assertThat(score.explanation()).isEqualTo("0 of 1 key passage found.");
    }

    @Test
    void covering_50_percent_of_a_key_passage_finds_it() {
        var score = score(highlight(3, within("p1", 0, 100)), highlighted(within("p1", 25, 75)));

        assertThat(score.points()).isEqualTo(3.0);
        assertThat(score.fullyCorrect()).isTrue();
    }

    @Test
    void a_key_passage_crossing_two_paragraphs_is_found_by_highlights_on_both_sides() {
        var crossing = passage(1, "p1", 80, "p2", 20);

        var score = score(highlight(2, crossing), highlighted(within("p1", 80, 100), within("p2", 0, 20)));

        assertThat(score.points()).isEqualTo(2.0);
    }

    @Test
    void a_highlight_crossing_two_paragraphs_finds_a_key_passage_that_straddles_them() {
        var score = score(highlight(2, passage(1, "p1", 90, "p2", 10)), highlighted(passage(1, "p1", 95, "p2", 10)));

        assertThat(score.points()).isEqualTo(2.0);
    }

    @Test
    void only_the_half_in_the_first_paragraph_is_not_enough_when_the_key_runs_on() {
        var score = score(highlight(2, passage(1, "p1", 80, "p2", 20)), highlighted(within("p1", 81, 100)));

        assertThat(score.points()).isZero();
    }

    @Test
    void finding_one_of_two_key_passages_earns_half() {
        var question = highlight(3, within("p1", 0, 20), within("p3", 0, 20));

        var score = score(question, highlighted(within("p1", 0, 20)));

        assertThat(score.points()).isEqualTo(1.5);
        assertThat(score.fullyCorrect()).isFalse();
        assertThat(score.explanation()).isEqualTo("1 of 2 key passages found.");
    }

    @Test
    void overlapping_highlights_are_not_counted_twice() {
        var question = highlight(3, within("p1", 0, 100));

        var score = score(question, highlighted(within("p1", 0, 30), within("p1", 10, 40)));

        assertThat(score.points()).as("40 distinct characters of 100, not 60").isZero();
    }

    @Test
    void a_selection_made_backwards_counts_like_one_made_forwards() {
        var score = score(highlight(3, within("p2", 10, 30)), highlighted(within("p2", 30, 10)));

        assertThat(score.points()).isEqualTo(3.0);
    }

    @Test
    void highlighting_the_whole_article_does_not_earn_full_marks() {
        var question = highlight(3, within("p2", 0, 30));

        var score = score(question, highlighted(passage(1, "p1", 0, "p3", 100)));

        assertThat(score.points()).as("10 percent inside keys: 3 points x 10/30").isEqualTo(1.0);
        assertThat(score.fullyCorrect()).isFalse();
        assertThat(score.explanation()).isEqualTo("1 of 1 key passage found, but most of what you highlighted"
                + " lies outside them, which lowers the score.");
    }

    @Test
    void exactly_30_percent_inside_key_passages_is_not_reduced() {
        var score = score(highlight(10, within("p2", 0, 30)), highlighted(within("p2", 0, 100)));

        assertThat(score.points()).isEqualTo(10.0);
        assertThat(score.fullyCorrect()).isTrue();
    }

    @Test
    void just_under_30_percent_inside_key_passages_is_reduced_in_proportion() {
        var score = score(highlight(10, within("p2", 0, 30)), highlighted(passage(1, "p2", 0, "p3", 1)));

        assertThat(score.points()).as("30 of 101 characters: 10 x (30/101) / 0.30").isEqualTo(9.90);
        assertThat(score.fullyCorrect()).isFalse();
    }

    @Test
    void highlights_on_another_article_version_are_ignored() {
        var question = highlight(3, passage(2, "p1", 10, "p1", 30));

        var score = score(question, highlighted(passage(1, "p1", 10, "p1", 30)));

        assertThat(score.points()).isZero();
        assertThat(score.explanation()).contains("made on an older version of the article");
    }

    @Test
    void highlights_on_the_current_version_still_count_beside_ignored_ones() {
        var question = highlight(3, passage(2, "p1", 10, "p1", 30));

        var score = score(question, highlighted(passage(1, "p3", 0, "p3", 90), passage(2, "p1", 10, "p1", 30)));

        assertThat(score.points()).isEqualTo(3.0);
        assertThat(score.explanation()).isEqualTo(
                "1 of 1 key passage found; 1 highlight was made on an older version of the article and ignored.");
    }

    @Test
    void no_highlight_earns_nothing() {
        var score = score(highlight(3, within("p1", 0, 20)), highlighted());

        assertThat(score.points()).isZero();
        assertThat(score.maxPoints()).isEqualTo(3);
        assertThat(score.explanation()).isEqualTo("No passage highlighted.");
    }

    @Test
    void a_highlight_that_cannot_be_placed_in_the_article_is_ignored_rather_than_failing() {
        var score = score(highlight(3, within("p1", 0, 20)),
                highlighted(within("p9", 0, 20), within("p1", 0, 500), within("p1", 0, 20)));

        assertThat(score.points()).isEqualTo(3.0);
    }

    @Test
    void a_highlight_question_without_key_passages_is_refused() {
        assertThatThrownBy(() -> score(highlight(3), highlighted(within("p1", 0, 20))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_key_passage_outside_the_article_is_refused() {
        assertThatThrownBy(() -> score(highlight(3, within("p7", 0, 20)), highlighted(within("p1", 0, 20))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void key_passages_on_different_versions_are_refused() {
        var question = highlight(3, within("p1", 0, 20), passage(2, "p2", 0, "p2", 20));

        assertThatThrownBy(() -> score(question, highlighted(within("p1", 0, 20))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
