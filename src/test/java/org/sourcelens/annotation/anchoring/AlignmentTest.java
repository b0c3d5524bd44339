package org.sourcelens.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    @Test
    void a_forward_alignment_takes_as_much_text_as_the_best_match_needs() {
        var result = Alignment.forward("the budget", "the budgets were cut", 0, 2);

        assertThat(result).isEqualTo(new Alignment.Result(0, 10));
    }

    @Test
    void a_backward_alignment_finds_where_the_match_starts() {
        String text = "the mayor said the budgt was balanced";
        int end = text.indexOf(" was");

        var result = Alignment.backward("the budget", text, end, 2);

        assertThat(result.distance()).isEqualTo(1);
        assertThat(text.substring(end - result.length(), end)).isEqualTo("the budgt");
    }

    @Test
    void an_alignment_needing_more_edits_than_allowed_is_not_within_them() {
        assertThat(Alignment.forward("the budget", "a deficit of millions", 0, 2).within(2)).isFalse();
    }

    @Test
    void an_alignment_at_the_edge_of_the_text_may_take_less_text_than_the_pattern() {
        var result = Alignment.backward("the budget", "budget", 6, 4);

        assertThat(result).isEqualTo(new Alignment.Result(4, 6));
    }

    @Test
    void an_alignment_between_fixed_ends_counts_all_differences() {
        assertThat(Alignment.between("colour", "the color red", 4, 9, 2)).isEqualTo(new Alignment.Result(1, 5));
        assertThat(Alignment.between("colour", "the color red", 4, 13, 2).within(2)).isFalse();
    }

    @Test
    void within_the_edit_limit_the_band_gives_the_same_answer_as_the_full_table() {
        var random = new Random(11);
        for (int round = 0; round < 500; round++) {
            String text = randomText(random, random.nextInt(80));
            String pattern = randomText(random, 1 + random.nextInt(40));
            int at = random.nextInt(text.length() + 1);
            int maxEdits = random.nextInt(pattern.length() + 1);

            int expected = Integer.MAX_VALUE;
            for (int end = at; end <= text.length(); end++) {
                expected = Math.min(expected, editDistance(pattern, text.substring(at, end)));
            }
            var result = Alignment.forward(pattern, text, at, maxEdits);

            if (expected <= maxEdits) {
                assertThat(result.distance()).isEqualTo(expected);
                assertThat(editDistance(pattern, text.substring(at, at + result.length()))).isEqualTo(expected);
            } else {
                assertThat(result.within(maxEdits)).isFalse();
            }
        }
    }

    private static String randomText(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("abc ".charAt(random.nextInt(4)));
        }
        return text.toString();
    }

    private static int editDistance(String a, String b) {
        int[][] table = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    table[i][j] = i + j;
                } else {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    table[i][j] = Math.min(table[i - 1][j - 1] + cost,
                            Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1));
                }
            }
        }
        return table[a.length()][b.length()];
    }
}
