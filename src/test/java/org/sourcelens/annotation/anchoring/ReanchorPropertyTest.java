package org.sourcelens.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random small edits around a highlight, never inside it, on seeded random articles. */
class ReanchorPropertyTest {

    private static final int TRIALS = 300;

    @Test
    void edits_anywhere_outside_the_quote_never_lose_the_highlight() {
        var random = new Random(20240501);
        var methods = EnumSet.noneOf(AnchorMethod.class);
        for (int trial = 0; trial < TRIALS; trial++) {
            var scenario = Scenario.random(random, 0);

            Anchoring anchoring = Anchors.reanchor(scenario.selector, scenario.editedBlocks());
            methods.add(anchoring.method());

            assertThat(anchoring.isOrphan()).as(scenario.toString()).isFalse();
            assertThat(Articles.textAt(scenario.editedBlocks(), anchoring.position())).as(scenario.toString())
                    .isEqualTo(scenario.selector.exact());
            assertThat(scenario.edits).as("edits actually made").isNotEmpty();
        }
        assertThat(methods).as("moved highlights were among them").contains(AnchorMethod.QUOTE_EXACT);
    }

    @Test
    void edits_that_leave_the_quote_and_its_context_alone_find_the_highlight_at_its_own_place() {
        var random = new Random(8675309);
        var methods = EnumSet.noneOf(AnchorMethod.class);
        for (int trial = 0; trial < TRIALS; trial++) {
            var scenario = Scenario.random(random, Anchors.CONTEXT + 1);

            Anchoring anchoring = Anchors.reanchor(scenario.selector, scenario.editedBlocks());
            methods.add(anchoring.method());

            assertThat(anchoring.position()).as(scenario.toString()).isEqualTo(scenario.expectedPosition());
            assertThat(anchoring.method()).as(scenario.toString())
                    .isIn(AnchorMethod.POSITION, AnchorMethod.QUOTE_EXACT);
        }
        assertThat(methods).containsExactlyInAnyOrder(AnchorMethod.POSITION, AnchorMethod.QUOTE_EXACT);
    }

    /** An article, a highlight in it, and the article after random edits that kept a zone around it. */
    private static final class Scenario {

        private final MadeUpArticles words;
        private final Random random;
        private final Selector selector;
        private final List<String> edits = new ArrayList<>();
        private String text;
        private int start;
        private int end;
        private final int margin;

        private Scenario(Random random, String text, int start, int end, int margin) {
            this.random = random;
            this.words = new MadeUpArticles(random);
            this.text = text;
            this.start = start;
            this.end = end;
            this.margin = margin;
            List<TextBlock> blocks = Articles.split(text);
            this.selector = Anchors.describe(blocks, ArticleText.of(blocks).position(start, end));
        }

        static Scenario random(Random random, int margin) {
            String text = new MadeUpArticles(random).article(150 + random.nextInt(250));
            List<Integer> wordStarts = wordStarts(text);
            int first = random.nextInt(wordStarts.size() - 1);
            int last = Math.min(wordStarts.size() - 1, first + 2 + random.nextInt(10));
            int start = wordStarts.get(first);
            int end = wordEnd(text, wordStarts.get(last));
            var scenario = new Scenario(random, text, start, end, margin);
            int edits = 1 + random.nextInt(8);
            for (int attempts = 0; scenario.edits.size() < edits && attempts < 200; attempts++) {
                scenario.tryRandomEdit();
            }
            return scenario;
        }

        List<TextBlock> editedBlocks() {
            return Articles.split(text);
        }

        Position expectedPosition() {
            return ArticleText.of(editedBlocks()).position(start, end);
        }

        private void tryRandomEdit() {
            List<Integer> wordStarts = wordStarts(text);
            int word = wordStarts.get(random.nextInt(wordStarts.size()));
            int wordEnd = wordEnd(text, word);
            switch (random.nextInt(7)) {
                case 0 -> edit("insert word", word, word, words.word() + " ");
                case 1 -> edit("delete word", word, Math.min(text.length(), wordEnd + 1), "");
                case 2 -> edit("replace word", word, wordEnd, words.word());
                case 3 -> {
                    int space = text.indexOf(' ', wordEnd);
                    if (space >= 0) {
                        edit("split paragraph", space, space + 1, "\n");
                    }
                }
                case 4 -> {
                    int lineBreak = text.indexOf('\n', word);
                    if (lineBreak >= 0) {
                        edit("merge paragraphs", lineBreak, lineBreak + 1, " ");
                    }
                }
                case 5 -> {
                    int lineBreak = text.indexOf('\n', word);
                    int at = lineBreak < 0 ? text.length() : lineBreak;
                    edit("insert paragraph", at, at, "\n" + words.paragraph(1 + random.nextInt(3)));
                }
                default -> {
                    int paragraphStart = text.lastIndexOf('\n', word) + 1;
                    int paragraphEnd = text.indexOf('\n', word);
                    if (paragraphStart > 0 && paragraphEnd >= 0) {
                        edit("delete paragraph", paragraphStart - 1, paragraphEnd, "");
                    }
                }
            }
        }

        private void edit(String kind, int from, int to, String replacement) {
            boolean before = to <= start - margin;
            boolean after = from >= end + margin;
            if (!before && !after || from == to && replacement.isEmpty()) {
                return;
            }
            text = text.substring(0, from) + replacement + text.substring(to);
            if (before) {
                int shift = replacement.length() - (to - from);
                start += shift;
                end += shift;
            }
            edits.add(kind + " at " + from);
        }

        private static List<Integer> wordStarts(String text) {
            var starts = new ArrayList<Integer>();
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                    starts.add(i);
                }
            }
            return starts;
        }

        private static int wordEnd(String text, int wordStart) {
            int end = wordStart;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            return end;
        }

        @Override
        public String toString() {
            return "quote \"" + selector.exact() + "\" after " + edits;
        }
    }
}
