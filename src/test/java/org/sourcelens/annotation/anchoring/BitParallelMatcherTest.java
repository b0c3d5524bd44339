package org.sourcelens.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BitParallelMatcherTest {

    @Test
    void an_exact_occurrence_is_reported_where_it_ends_with_no_edits() {
        assertThat(BitParallelMatcher.search("budget", "the budget was balanced", 0))
                .containsExactly(new BitParallelMatcher.Hit(10, 0));
    }

    @Test
    void an_occurrence_with_an_edit_is_reported_with_its_edit_count() {
        assertThat(BitParallelMatcher.search("budget", "the budgets budge", 1))
                .contains(new BitParallelMatcher.Hit(10, 0))
                .extracting(BitParallelMatcher.Hit::distance).allMatch(distance -> distance <= 1);
    }

    @Test
    void nothing_is_reported_when_every_occurrence_needs_more_edits_than_allowed() {
        assertThat(BitParallelMatcher.search("balanced", "the budget was unbalanced", 0)).isNotEmpty();
        assertThat(BitParallelMatcher.search("balanced", "the budget was in the red", 2)).isEmpty();
    }

    @Test
    void characters_outside_ascii_are_matched_too() {
        assertThat(BitParallelMatcher.search("café…", "au café… ici", 0))
                .containsExactly(new BitParallelMatcher.Hit(8, 0));
    }

    @Test
    void the_reported_distances_agree_with_the_plain_edit_distance_table() {
        var random = new Random(7);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, 1 + random.nextInt(200));
            String pattern = randomText(random, 1 + random.nextInt(64));
            int maxEdits = random.nextInt(pattern.length() / 2 + 1);
            int[] expected = bestDistanceEndingAt(pattern, text);

            for (var hit : BitParallelMatcher.search(pattern, text, maxEdits)) {
                assertThat(hit.distance()).isEqualTo(expected[hit.end()]).isLessThanOrEqualTo(maxEdits);
            }
            int best = Integer.MAX_VALUE;
            for (int end = 1; end <= text.length(); end++) {
                best = Math.min(best, expected[end]);
            }
            if (best <= maxEdits) {
                int bestDistance = best;
                assertThat(BitParallelMatcher.search(pattern, text, maxEdits))
                        .anyMatch(hit -> hit.distance() == bestDistance);
            } else {
                assertThat(BitParallelMatcher.search(pattern, text, maxEdits)).isEmpty();
            }
        }
    }

    @Test
    void patterns_longer_than_a_machine_word_are_refused() {
        assertThatThrownBy(() -> BitParallelMatcher.search("x".repeat(65), "text", 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomText(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("abcd ".charAt(random.nextInt(5)));
        }
        return text.toString();
    }

    /** Sellers' table: the least edits between the pattern and any substring ending at each offset. */
    private static int[] bestDistanceEndingAt(String pattern, String text) {
        int m = pattern.length();
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int[] best = new int[text.length() + 1];
        best[0] = m;
        for (int j = 1; j <= text.length(); j++) {
            int diagonal = column[0];
            column[0] = 0;
            for (int i = 1; i <= m; i++) {
                int above = column[i];
                int cost = pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                column[i] = Math.min(diagonal + cost, Math.min(above + 1, column[i - 1] + 1));
                diagonal = above;
            }
            best[j] = column[m];
        }
        return best;
    }
}
