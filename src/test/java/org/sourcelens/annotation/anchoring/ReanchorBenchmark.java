package org.sourcelens.annotation.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Times re-anchoring 300 highlights in a 3,000-word article after three kinds of revision. Not a
 * test: run it by hand after {@code mvn test-compile} with
 * {@code java -cp target/classes:target/test-classes org.sourcelens.annotation.anchoring.ReanchorBenchmark}.
 */
public final class ReanchorBenchmark {

    private static final int WORDS = 3_000;
    private static final int HIGHLIGHTS = 300;
    private static final int WARM_UP_ROUNDS = 30;
    private static final int MEASURED_ROUNDS = 50;

    private ReanchorBenchmark() {
    }

    public static void main(String[] args) {
        var random = new Random(42);
        var made = new MadeUpArticles(random);
        String text = made.article(WORDS);
        List<TextBlock> original = Articles.split(text);
        List<Selector> selectors = highlights(random, text, original);
        System.out.printf("Article: %d words, %d characters, %d paragraphs; %d highlights%n",
                text.split("\\s+").length, text.length(), original.size(), selectors.size());

        var revisions = new ArrayList<Revision>();
        revisions.add(new Revision("typical revision (paragraphs added, removed, split, merged; 3% of words changed)",
                typicalRevision(new Random(7), made, text)));
        revisions.add(new Revision("a typo inside every highlight", typoInEveryHighlight(text, selectors, original)));
        revisions.add(new Revision("article replaced by unrelated text (all orphans: full scans)",
                Articles.split(new MadeUpArticles(new Random(99)).article(WORDS))));

        for (Revision revision : revisions) {
            long coldStart = System.nanoTime();
            List<Anchoring> results = Anchors.reanchorAll(selectors, revision.blocks());
            long cold = System.nanoTime() - coldStart;
            double[] together = time(() -> Anchors.reanchorAll(selectors, revision.blocks()));
            double[] oneByOne = time(() -> selectors.stream()
                    .map(selector -> Anchors.reanchor(selector, revision.blocks())).toList());
            System.out.printf("%n%s%n  outcome: %s%n", revision.name(), countByMethod(results));
            System.out.printf("  reanchorAll:  first run %.1f ms; warm median %.2f ms, max %.2f ms%n",
                    cold / 1e6, median(together), max(together));
            System.out.printf("  reanchor x%d: warm median %.2f ms, max %.2f ms%n",
                    selectors.size(), median(oneByOne), max(oneByOne));
        }
    }

    private record Revision(String name, List<TextBlock> blocks) {
    }

    private static List<Selector> highlights(Random random, String text, List<TextBlock> blocks) {
        ArticleText article = ArticleText.of(blocks);
        var wordStarts = new ArrayList<Integer>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                wordStarts.add(i);
            }
        }
        var selectors = new ArrayList<Selector>();
        for (int i = 0; i < HIGHLIGHTS; i++) {
            int first = random.nextInt(wordStarts.size() - 1);
            int last = Math.min(wordStarts.size() - 1, first + random.nextInt(15));
            int end = wordStarts.get(last);
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            selectors.add(Anchors.describe(blocks, article.position(wordStarts.get(first), end)));
        }
        return selectors;
    }

    private static List<TextBlock> typicalRevision(Random random, MadeUpArticles made, String text) {
        var paragraphs = new ArrayList<>(Arrays.asList(text.split("\n")));
        for (int i = 0; i < 3; i++) {
            paragraphs.add(random.nextInt(paragraphs.size()), made.paragraph(3));
        }
        for (int i = 0; i < 2; i++) {
            paragraphs.remove(random.nextInt(paragraphs.size()));
        }
        for (int i = 0; i < 3; i++) {
            int at = random.nextInt(paragraphs.size());
            String paragraph = paragraphs.get(at);
            int sentenceEnd = paragraph.indexOf(". ");
            if (sentenceEnd > 0) {
                paragraphs.set(at, paragraph.substring(sentenceEnd + 2));
                paragraphs.add(at, paragraph.substring(0, sentenceEnd + 1));
            }
        }
        for (int i = 0; i < 2; i++) {
            int at = random.nextInt(paragraphs.size() - 1);
            paragraphs.set(at, paragraphs.get(at) + " " + paragraphs.remove(at + 1));
        }
        var revised = new ArrayList<String>();
        for (String paragraph : paragraphs) {
            var words = new ArrayList<>(Arrays.asList(paragraph.split(" ")));
            for (int w = 0; w < words.size(); w++) {
                if (random.nextInt(100) < 3) {
                    words.set(w, made.word());
                }
            }
            revised.add(String.join(" ", words));
        }
        return Articles.blocks(revised.toArray(String[]::new));
    }

    private static List<TextBlock> typoInEveryHighlight(String text, List<Selector> selectors, List<TextBlock> blocks) {
        ArticleText article = ArticleText.of(blocks);
        char[] chars = text.toCharArray();
        for (Selector selector : selectors) {
            Position position = selector.position();
            int start = article.offsetOf(position.startAnchor(), position.startOffset());
            int end = article.offsetOf(position.endAnchor(), position.endOffset());
            int middle = (start + end) / 2;
            if (Character.isLetter(chars[middle])) {
                chars[middle] = chars[middle] == 'x' ? 'y' : 'x';
            }
        }
        return Articles.split(new String(chars));
    }

    private static double[] time(Supplier<List<Anchoring>> run) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            run.get();
        }
        double[] millis = new double[MEASURED_ROUNDS];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long start = System.nanoTime();
            run.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double max(double[] sorted) {
        return sorted[sorted.length - 1];
    }

    private static Map<AnchorMethod, Integer> countByMethod(List<Anchoring> results) {
        var counts = new EnumMap<AnchorMethod, Integer>(AnchorMethod.class);
        results.forEach(result -> counts.merge(result.method(), 1, Integer::sum));
        return counts;
    }
}
