package org.sourcelens.article;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Import plus source-map analysis of a 2,000-word article, the work done when an instructor uploads
 * one. Not a test: run it with {@code mvn -Pbenchmark test-compile exec:java} (see README.md).
 */
public final class ImportBenchmark {

    private static final int WARM_UP = 100;
    private static final int RUNS = 300;

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        byte[] html = page(2_000).getBytes(StandardCharsets.UTF_8);
        byte[] text = plain(2_000).getBytes(StandardCharsets.UTF_8);
        report("HTML page, 2,000 words", html, "article.html");
        report("plain text, 2,000 words", text, "article.txt");
    }

    private static void report(String label, byte[] bytes, String fileName) {
        for (int i = 0; i < WARM_UP; i++) {
            SourceMaps.of(ArticleImport.draft(fileName, bytes));
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            SourceMaps.of(ArticleImport.draft(fileName, bytes));
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        double mean = Arrays.stream(millis).average().orElseThrow();
        System.out.printf("%-26s import + source map: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)%n",
                label, mean, millis[RUNS / 2], millis[(int) (RUNS * 0.95)], millis[RUNS - 1], RUNS);
    }

    private static final String[] PARAGRAPHS = {
        "“We were never consulted about the new fees,” said Maria Okonkwo, a harbour pilot who has worked the docks "
                + "for twenty years. She added that more than 300 boats use the harbour every week.",
        "According to the harbour authority, the charges rose by 45 percent in March (Coastal Review, March 14). "
                + "Officials said the increase was needed, but critics allegedly called it a cash grab.",
        "Dr Samuel Reyes, an economist at the University of Lagos, told The Daily Ledger that the fees could "
                + "reportedly push some 2,000 workers out of the trade. \"It is a disaster,\" Reyes said.",
        "A report by the ministry suggested that the port may lose two of its largest customers, while sources "
                + "close to the board said the decision was final and that dozens of contracts were at risk.",
    };

    private static String plain(int words) {
        StringBuilder text = new StringBuilder("Harbour fees double overnight\n\nBy Dana Whitfield\n\n");
        int count = 0;
        for (int i = 0; count < words; i++) {
            String paragraph = PARAGRAPHS[i % PARAGRAPHS.length];
            text.append(paragraph).append("\n\n");
            count += paragraph.split("\\s+").length;
        }
        return text.toString();
    }

    private static String page(int words) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Harbour fees double | Coastal Review"
                + "</title><meta property=\"og:site_name\" content=\"Coastal Review\"><script>track()</script></head>"
                + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Harbour fees double overnight</h1>");
        int count = 0;
        for (int i = 0; count < words; i++) {
            String paragraph = PARAGRAPHS[i % PARAGRAPHS.length];
            html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
            count += paragraph.split("\\s+").length;
        }
        return html.append("</article><footer>© Coastal Review</footer></body></html>").toString();
    }
}
