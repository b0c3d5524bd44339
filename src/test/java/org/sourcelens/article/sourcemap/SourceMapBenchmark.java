package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures how long the analysis of a 2,000-word article takes. Not a test: run its {@code main} by hand
 * and compare with the target of well under 100 ms per article.
 */
public final class SourceMapBenchmark {

    private static final int WARM_UP_RUNS = 300;
    private static final int MEASURED_RUNS = 200;
    private static final int TARGET_WORDS = 2_000;

    private static final String[] FIRST_NAMES = {"Ana", "Ion", "Eva", "Marco", "Lena", "Tomas", "Elif", "Jonas"};
    private static final String[] SURNAMES = {"Pop", "Rus", "Lungu", "Ferri", "Weber", "Berg", "Kaya", "Eklund"};
    private static final String[] OUTLETS = {"Exit.al", "Balkan Insight", "Top Channel", "Daily Sabah", "Reuters"};
    private static final String[] MONTHS = {"March", "April", "May", "June", "July", "August"};

    private SourceMapBenchmark() {
    }

    public static void main(String[] args) {
        SourceText article = article();
        int words = article.blocks().stream().mapToInt(b -> Words.count(b.text())).sum();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            SourceMapAnalyzer.analyze(article);
        }
        double[] millis = new double[MEASURED_RUNS];
        SourceMap last = null;
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            last = SourceMapAnalyzer.analyze(article);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double mean = Arrays.stream(millis).average().orElseThrow();
        double p95 = millis[(int) Math.ceil(0.95 * MEASURED_RUNS) - 1];
        System.out.printf(Locale.ROOT, "article: %d words in %d blocks; found %d speakers, %d citations, %d figures%n",
                words, article.blocks().size(), last.speakers().size(), last.citations().size(), last.figures().size());
        System.out.printf(Locale.ROOT, "%d runs: mean %.2f ms, p95 %.2f ms, max %.2f ms per article%n",
                MEASURED_RUNS, mean, p95, millis[MEASURED_RUNS - 1]);
    }

    /** A made-up article of about 2,000 words built from varied paragraphs in many quoting styles. */
    static SourceText article() {
        List<SourceText.Block> blocks = new ArrayList<>();
        int words = 0;
        for (int i = 0; words < TARGET_WORDS; i++) {
            String paragraph = paragraph(i);
            blocks.add(new SourceText.Block("p" + (blocks.size() + 1), paragraph));
            words += Words.count(paragraph);
        }
        blocks.add(new SourceText.Block("note-1", "See the ministry press release (Reuters, May 3, 2021)."));
        blocks.add(new SourceText.Block("note-2", "Ibid."));
        return new SourceText(blocks);
    }

    private static String paragraph(int i) {
        String first = FIRST_NAMES[i % FIRST_NAMES.length];
        String surname = SURNAMES[(i / 2) % SURNAMES.length];
        String outlet = OUTLETS[i % OUTLETS.length];
        String month = MONTHS[i % MONTHS.length];
        int count = 100 + 37 * i;
        return switch (i % 6) {
            case 0 -> "“The council has reportedly ignored " + count + " complaints about the harbour, and the "
                    + "residents know it,” said Dr " + first + " " + surname + ", a marine biologist at the "
                    + "University of Lund who has studied the bay for " + (i % 12 + 8) + " years.";
            case 1 -> surname + " told the regional newspaper Karsby Courier that the dredging could destroy the "
                    + "seagrass beds, which shelter young fish and store carbon (" + outlet + ", " + month + " "
                    + (i % 28 + 1) + "; Harbour Watch, April 28). Critics say the plan is a scandal.";
            case 2 -> "According to " + first + " " + surname + ", the former deputy mayor, more than " + count
                    + " fishing families may lose their income. “We cannot afford to stand still. Other ports "
                    + "along this coast have modernised, and the ships have followed them.";
            case 3 -> "“If we do nothing, in ten years there will be no harbour left to argue about,” she added, "
                    + "while officials at the port authority said the dredging would take " + (i % 20 + 6)
                    + " months and employ some " + count + " workers.";
            case 4 -> "A report by the US media outlet NBC News suggested that the authority had allegedly "
                    + "buried three studies on the bay. It is believed that the notorious contractor had "
                    + "dangerous ties to the regime, and there have been reports of a secretive deal.";
            default -> "The acting foreign minister " + first + " " + surname + " announced on his Facebook "
                    + "account that an additional two diplomats would be expelled, saying: “This is not a "
                    + "devilish plan, but a democratic one.” Thousands of them protested in " + month + " 2019.";
        };
    }
}
