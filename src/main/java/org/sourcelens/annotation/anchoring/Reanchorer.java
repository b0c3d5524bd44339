package org.sourcelens.annotation.anchoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds highlights again in one article version. The joined text, and the folded text used for
 * approximate matching, are built once and shared by all highlights of that version.
 */
final class Reanchorer {

    /** Context agreement (0..1) that still confirms an unchanged quote at the old position. */
    static final double POSITION_MIN_CONTEXT = 0.5;
    /**
     * Below this context agreement a verbatim occurrence may be a coincidence (a short quote that also
     * appears elsewhere), so an approximate match in a fitting context is allowed to beat it.
     */
    static final double WEAK_CONTEXT = 0.5;
    /** What an empty stored context (the highlight touched the article's start or end) says elsewhere. */
    static final double NEUTRAL_CONTEXT = 0.5;
    /** Nearness when the old paragraph no longer exists, so no place is nearer than another. */
    static final double UNKNOWN_NEARNESS = 0.5;
    /** Verbatim occurrences scored in full; more (a very short quote) are first sorted by a cheap test. */
    static final int MAX_VERBATIM_CANDIDATES = 64;
    /** Approximate occurrences aligned and scored in full per searched pattern. */
    static final int MAX_APPROXIMATE_CANDIDATES = 64;
    /**
     * Quotes shorter than this (folded characters, about five words) turn up approximately almost
     * anywhere, so an approximate match of one also needs its context to agree at least this much.
     */
    static final int SHORT_QUOTE = 32;
    static final double SHORT_QUOTE_MIN_CONTEXT = 0.5;
    /** Long quotes are searched by their first and last this many characters. */
    static final int LONG_QUOTE_PART = 32;

    private record Span(int start, int end, int distance) {
    }

    private final ArticleText article;
    private FoldedText folded;

    Reanchorer(ArticleText article) {
        this.article = article;
    }

    Anchoring reanchor(Selector selector) {
        if (article.length() == 0) {
            return Anchoring.orphan();
        }
        if (isAtOldPosition(selector)) {
            return new Anchoring(AnchorMethod.POSITION, selector.position(), 1.0);
        }
        int expected = expectedStart(selector.position());
        Candidate verbatim = bestVerbatim(selector, expected);
        if (verbatim != null && verbatim.contextSimilarity() >= WEAK_CONTEXT) {
            return anchoring(AnchorMethod.QUOTE_EXACT, verbatim, verbatim.exactScore());
        }
        Candidate approximate = bestApproximate(selector, expected);
        if (approximate != null && (verbatim == null
                || !approximate.sameRange(verbatim) && approximate.fuzzyScore() > verbatim.fuzzyScore())) {
            if (isVerbatim(approximate, selector.exact())) {
                Candidate exact = verbatimAt(approximate.start(), selector, expected);
                return anchoring(AnchorMethod.QUOTE_EXACT, exact, exact.exactScore());
            }
            return anchoring(AnchorMethod.QUOTE_FUZZY, approximate, approximate.fuzzyScore());
        }
        if (verbatim != null) {
            return anchoring(AnchorMethod.QUOTE_EXACT, verbatim, verbatim.exactScore());
        }
        return Anchoring.orphan();
    }

    private Anchoring anchoring(AnchorMethod method, Candidate candidate, double score) {
        return new Anchoring(method, article.position(candidate.start(), candidate.end()),
                Math.max(0.0, Math.min(1.0, score)));
    }

    // --- 1. the old position -------------------------------------------------------------------

    private boolean isAtOldPosition(Selector selector) {
        Position old = selector.position();
        String text = article.text();
        String exact = selector.exact();
        int start = article.offsetOrMinusOne(old.startAnchor(), old.startOffset());
        int end = article.offsetOrMinusOne(old.endAnchor(), old.endOffset());
        if (start < 0 || end - start != exact.length() || !text.startsWith(exact, start)) {
            return false;
        }
        String prefix = selector.prefix();
        String suffix = selector.suffix();
        boolean contextUnchanged = start >= prefix.length() && text.startsWith(prefix, start - prefix.length())
                && text.startsWith(suffix, end);
        return contextUnchanged || (prefixSimilarity(text, start, prefix) + suffixSimilarity(text, end, suffix)) / 2
                >= POSITION_MIN_CONTEXT;
    }

    // --- 2. the quote, verbatim ----------------------------------------------------------------

    private Candidate bestVerbatim(Selector selector, int expected) {
        String text = article.text();
        String exact = selector.exact();
        List<Integer> starts = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            starts.add(at);
        }
        if (starts.size() > MAX_VERBATIM_CANDIDATES) {
            Comparator<Integer> byContext = Comparator.comparingInt(
                    start -> -roughContextAgreement(text, start, start + exact.length(), selector));
            starts.sort(byContext.thenComparingDouble(start -> -nearness(start, expected)));
            starts = starts.subList(0, MAX_VERBATIM_CANDIDATES);
        }
        var boundaries = Boundaries.of(selector);
        Candidate best = null;
        int bestBrokenWords = Integer.MAX_VALUE;
        for (int start : starts) {
            var candidate = verbatimAt(start, selector, expected);
            int brokenWords = brokenWords(text, candidate, boundaries);
            if (brokenWords < bestBrokenWords || brokenWords == bestBrokenWords && candidate.fitsBetterThan(best)) {
                best = candidate;
                bestBrokenWords = brokenWords;
            }
        }
        return best;
    }

    /** At how many edges an occurrence cuts a word that the original did not cut ("in" in "insisted"). */
    private static int brokenWords(String text, Candidate candidate, Boundaries boundaries) {
        int start = candidate.start();
        int end = candidate.end();
        int broken = 0;
        if (boundaries.wordStart() && start > 0 && isWordChar(text.charAt(start - 1))
                && isWordChar(text.charAt(start))) {
            broken++;
        }
        if (boundaries.wordEnd() && end < text.length() && isWordChar(text.charAt(end - 1))
                && isWordChar(text.charAt(end))) {
            broken++;
        }
        return broken;
    }

    private Candidate verbatimAt(int start, Selector selector, int expected) {
        String text = article.text();
        int end = start + selector.exact().length();
        return new Candidate(start, end, 1.0, prefixSimilarity(text, start, selector.prefix()),
                suffixSimilarity(text, end, selector.suffix()), nearness(start, expected));
    }

    /** An approximate match may turn out verbatim: another occurrence, nearer, with slightly less context. */
    private boolean isVerbatim(Candidate candidate, String exact) {
        return candidate.end() - candidate.start() == exact.length()
                && article.text().startsWith(exact, candidate.start());
    }

    /** How many characters of context agree right next to the quote: cheap, for sorting many occurrences. */
    private static int roughContextAgreement(String text, int start, int end, Selector selector) {
        String prefix = selector.prefix();
        String suffix = selector.suffix();
        int agreement = 0;
        while (agreement < prefix.length() && start - agreement > 0
                && text.charAt(start - agreement - 1) == prefix.charAt(prefix.length() - agreement - 1)) {
            agreement++;
        }
        int after = 0;
        while (after < suffix.length() && end + after < text.length()
                && text.charAt(end + after) == suffix.charAt(after)) {
            after++;
        }
        return agreement + after;
    }

    // --- 3. the quote, approximately -----------------------------------------------------------

    private Candidate bestApproximate(Selector selector, int expected) {
        String quote = FoldedText.fold(selector.exact());
        if (quote.isBlank()) {
            return null;
        }
        FoldedText folded = folded();
        String text = folded.text();
        int foldedExpected = expected < 0 ? -1 : folded.foldedOffset(expected);
        int maxEdits = (int) (quote.length() * Anchors.MAX_EDIT_FRACTION);
        var spans = quote.length() <= BitParallelMatcher.MAX_PATTERN
                ? shortQuoteSpans(quote, text, maxEdits, foldedExpected)
                : longQuoteSpans(quote, text, maxEdits, foldedExpected);
        String prefix = FoldedText.fold(selector.prefix());
        String suffix = FoldedText.fold(selector.suffix());
        var boundaries = Boundaries.of(selector);
        Candidate best = null;
        for (Span span : spans) {
            Span trimmed = trimmed(span, text, quote);
            if (trimmed == null) {
                continue;
            }
            trimmed = toWholeWords(trimmed, quote, text, boundaries, maxEdits);
            trimmed = toWholeParagraphs(trimmed, quote, folded, boundaries, maxEdits);
            int start = folded.originalStart(trimmed.start());
            var candidate = new Candidate(start, folded.originalEnd(trimmed.end()),
                    1.0 - (double) trimmed.distance() / quote.length(),
                    prefixSimilarity(text, trimmed.start(), prefix), suffixSimilarity(text, trimmed.end(), suffix),
                    nearness(start, expected));
            if (best == null || candidate.fuzzyScore() > best.fuzzyScore()) {
                best = candidate;
            }
        }
        if (best == null || best.fuzzyScore() < Anchors.MIN_FUZZY_SCORE
                || quote.length() < SHORT_QUOTE && best.contextSimilarity() < SHORT_QUOTE_MIN_CONTEXT) {
            return null;
        }
        return best;
    }

    private FoldedText folded() {
        if (folded == null) {
            folded = FoldedText.of(article.text());
        }
        return folded;
    }

    private static List<Span> shortQuoteSpans(String quote, String text, int maxEdits, int expected) {
        Map<Long, Span> spans = new LinkedHashMap<>();
        for (var hit : mostPromising(BitParallelMatcher.search(quote, text, maxEdits), expected)) {
            var alignment = Alignment.backward(quote, text, hit.end(), maxEdits);
            if (alignment.within(maxEdits)) {
                add(spans, new Span(hit.end() - alignment.length(), hit.end(), alignment.distance()));
            }
        }
        return List.copyOf(spans.values());
    }

    /**
     * A quote too long for one bit-parallel pass is looked for by its head and its tail; each place
     * where one of them turns up is then aligned with the whole quote, from that end to a free other
     * end and back, which both verifies the match and settles its extent.
     */
    private static List<Span> longQuoteSpans(String quote, String text, int maxEdits, int expected) {
        int partEdits = (int) (LONG_QUOTE_PART * Anchors.MAX_EDIT_FRACTION);
        String head = quote.substring(0, LONG_QUOTE_PART);
        String tail = quote.substring(quote.length() - LONG_QUOTE_PART);
        Map<Long, Span> spans = new LinkedHashMap<>();
        int expectedHeadEnd = expected < 0 ? -1 : expected + LONG_QUOTE_PART;
        for (var hit : mostPromising(BitParallelMatcher.search(head, text, partEdits), expectedHeadEnd)) {
            var headAlignment = Alignment.backward(head, text, hit.end(), partEdits);
            if (!headAlignment.within(partEdits)) {
                continue;
            }
            int start = hit.end() - headAlignment.length();
            var forward = Alignment.forward(quote, text, start, maxEdits);
            if (forward.within(maxEdits)) {
                int end = start + forward.length();
                var back = Alignment.backward(quote, text, end, maxEdits);
                add(spans, new Span(end - back.length(), end, back.distance()));
            }
        }
        int expectedEnd = expected < 0 ? -1 : expected + quote.length();
        for (var hit : mostPromising(BitParallelMatcher.search(tail, text, partEdits), expectedEnd)) {
            var back = Alignment.backward(quote, text, hit.end(), maxEdits);
            if (back.within(maxEdits)) {
                int start = hit.end() - back.length();
                var forward = Alignment.forward(quote, text, start, maxEdits);
                add(spans, new Span(start, start + forward.length(), forward.distance()));
            }
        }
        return List.copyOf(spans.values());
    }

    private static void add(Map<Long, Span> spans, Span span) {
        spans.merge(((long) span.start() << 32) | span.end(), span,
                (kept, other) -> other.distance() < kept.distance() ? other : kept);
    }

    private static List<BitParallelMatcher.Hit> mostPromising(List<BitParallelMatcher.Hit> hits, int expectedEnd) {
        if (hits.size() <= MAX_APPROXIMATE_CANDIDATES) {
            return hits;
        }
        var sorted = new ArrayList<>(hits);
        Comparator<BitParallelMatcher.Hit> byDistance = Comparator.comparingInt(BitParallelMatcher.Hit::distance);
        sorted.sort(byDistance.thenComparingInt(hit -> expectedEnd < 0 ? 0 : Math.abs(hit.end() - expectedEnd)));
        return sorted.subList(0, MAX_APPROXIMATE_CANDIDATES);
    }

    /** Without spaces at either end that the quote does not have; null when nothing is left. */
    private static Span trimmed(Span span, String text, String quote) {
        int start = span.start();
        int end = span.end();
        if (quote.charAt(0) != ' ') {
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (quote.charAt(quote.length() - 1) != ' ') {
            while (end > start && text.charAt(end - 1) == ' ') {
                end--;
            }
        }
        return start < end ? new Span(start, end, span.distance()) : null;
    }

    /** Whether the original highlight began and ended at the edges of words and of paragraphs. */
    private record Boundaries(boolean wordStart, boolean wordEnd, boolean paragraphStart, boolean paragraphEnd) {

        static Boundaries of(Selector selector) {
            String exact = selector.exact();
            String prefix = selector.prefix();
            String suffix = selector.suffix();
            boolean paragraphStart = selector.position().startOffset() == 0 || prefix.isEmpty()
                    || prefix.charAt(prefix.length() - 1) == ArticleText.SEPARATOR;
            boolean paragraphEnd = suffix.isEmpty() || suffix.charAt(0) == ArticleText.SEPARATOR;
            return new Boundaries(
                    paragraphStart || !isWordChar(prefix.charAt(prefix.length() - 1)) || !isWordChar(exact.charAt(0)),
                    paragraphEnd || !isWordChar(suffix.charAt(0)) || !isWordChar(exact.charAt(exact.length() - 1)),
                    paragraphStart, paragraphEnd);
        }
    }

    /**
     * When the quote's first or last words were reworded, the cheapest alignment may begin or end in
     * the middle of a word. A highlight that began (ended) at a word boundary is widened to the whole
     * word, as long as the quote still matches within the edit limit.
     */
    private static Span toWholeWords(Span span, String quote, String text, Boundaries boundaries, int maxEdits) {
        int start = span.start();
        int end = span.end();
        if (boundaries.wordStart()) {
            int limit = Math.max(0, start - Anchors.CONTEXT);
            while (start > limit && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
                start--;
            }
        }
        if (boundaries.wordEnd()) {
            int limit = Math.min(text.length(), end + Anchors.CONTEXT);
            while (end < limit && isWordChar(text.charAt(end)) && isWordChar(text.charAt(end - 1))) {
                end++;
            }
        }
        return widened(span, start, end, quote, text, maxEdits);
    }

    /**
     * Likewise a highlight that covered a paragraph from its first (or to its last) character keeps
     * doing so when only a few reworded characters lie between the match and the paragraph's edge.
     */
    private Span toWholeParagraphs(Span span, String quote, FoldedText folded, Boundaries boundaries, int maxEdits) {
        int spare = maxEdits - span.distance();
        int start = span.start();
        int end = span.end();
        if (boundaries.paragraphStart()) {
            int original = folded.originalStart(start);
            int paragraphStart = article.blockStartAround(original);
            if (original > paragraphStart && original - paragraphStart <= spare) {
                start = folded.foldedOffset(paragraphStart);
            }
        }
        if (boundaries.paragraphEnd()) {
            int original = folded.originalEnd(end);
            int paragraphEnd = article.blockEndAround(original);
            if (original < paragraphEnd && paragraphEnd - original <= spare) {
                end = folded.foldedOffset(paragraphEnd);
            }
        }
        Span paragraphs = trimmed(new Span(start, end, span.distance()), folded.text(), quote);
        return paragraphs == null ? span : widened(span, paragraphs.start(), paragraphs.end(), quote, folded.text(),
                maxEdits);
    }

    private static Span widened(Span span, int start, int end, String quote, String text, int maxEdits) {
        if (start == span.start() && end == span.end()) {
            return span;
        }
        var alignment = Alignment.between(quote, text, start, end, maxEdits);
        return alignment.within(maxEdits) ? new Span(start, end, alignment.distance()) : span;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    // --- scoring helpers -----------------------------------------------------------------------

    /** Where the old position would start in this version, or -1 when its paragraph no longer exists. */
    private int expectedStart(Position old) {
        int blockStart = article.blockStartOrMinusOne(old.startAnchor());
        return blockStart < 0 ? -1 : Math.min(blockStart + old.startOffset(), article.length());
    }

    private double nearness(int start, int expected) {
        if (expected < 0) {
            return UNKNOWN_NEARNESS;
        }
        return 1.0 - (double) Math.abs(start - expected) / Math.max(1, article.length());
    }

    /** How well the text just before {@code at} agrees with the stored prefix, allowing edits. */
    static double prefixSimilarity(String text, int at, String prefix) {
        if (prefix.isEmpty()) {
            return onlyWhitespace(text, 0, at) ? 1.0 : NEUTRAL_CONTEXT;
        }
        var alignment = Alignment.backward(prefix, text, at, prefix.length());
        return 1.0 - (double) Math.min(alignment.distance(), prefix.length()) / prefix.length();
    }

    /** How well the text just after {@code at} agrees with the stored suffix, allowing edits. */
    static double suffixSimilarity(String text, int at, String suffix) {
        if (suffix.isEmpty()) {
            return onlyWhitespace(text, at, text.length()) ? 1.0 : NEUTRAL_CONTEXT;
        }
        var alignment = Alignment.forward(suffix, text, at, suffix.length());
        return 1.0 - (double) Math.min(alignment.distance(), suffix.length()) / suffix.length();
    }

    private static boolean onlyWhitespace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
