package org.sourcelens.annotation.anchoring;

import java.util.List;
import java.util.Objects;

/**
 * Describing highlights and finding them again after the article text changed.
 *
 * <p>Re-anchoring tries, in order:
 * <ol>
 * <li>{@link AnchorMethod#POSITION}: the old anchors and offsets still hold the quoted text, with
 * context that still (mostly) agrees: the same position, score 1.</li>
 * <li>{@link AnchorMethod#QUOTE_EXACT}: the quote occurs verbatim; among several occurrences the one
 * whose surroundings best match the stored prefix and suffix wins, then the one nearest the old
 * place. Score 1 less at most 0.15 for changed context and distance.</li>
 * <li>{@link AnchorMethod#QUOTE_FUZZY}: the quote occurs with at most {@link #MAX_EDIT_FRACTION} of
 * its characters edited, ignoring differences of whitespace, case and typographic punctuation. The
 * score is 0.5 × quote similarity + 0.2 × prefix similarity + 0.2 × suffix similarity + 0.1 ×
 * nearness to the old place, and must reach {@link #MIN_FUZZY_SCORE}.</li>
 * <li>{@link AnchorMethod#ORPHAN} otherwise.</li>
 * </ol>
 * One exception to the order: a verbatim occurrence whose context hardly agrees (typically a short
 * quote that also appears elsewhere) is compared with the best approximate match on the fuzzy scale,
 * so that an edited original in its own context beats an unrelated verbatim copy.
 */
public final class Anchors {

    /** Characters of prefix and suffix kept with a quote. */
    public static final int CONTEXT = 32;
    /** The largest share of a quote's characters that may have been edited for an approximate match. */
    public static final double MAX_EDIT_FRACTION = 0.25;
    /** The least score (0..1) at which an approximate match is accepted rather than reported as an orphan. */
    public static final double MIN_FUZZY_SCORE = 0.6;

    private Anchors() {
    }

    /**
     * The selector of a highlight made at this position in these blocks: the exact text and up to
     * {@link #CONTEXT} characters before and after it, taken from the blocks joined with "\n".
     *
     * @throws IllegalArgumentException when an anchor is unknown, an offset lies outside its block, or
     *         the highlight does not end after it starts
     */
    public static Selector describe(List<TextBlock> blocks, Position position) {
        Objects.requireNonNull(position, "position");
        ArticleText article = ArticleText.of(blocks);
        int start = article.offsetOf(position.startAnchor(), position.startOffset());
        int end = article.offsetOf(position.endAnchor(), position.endOffset());
        if (end <= start) {
            throw new IllegalArgumentException("A highlight must end after it starts: " + position);
        }
        String text = article.text();
        int prefixStart = Math.max(0, start - CONTEXT);
        if (prefixStart > 0 && Character.isLowSurrogate(text.charAt(prefixStart))) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT);
        if (suffixEnd < text.length() && Character.isHighSurrogate(text.charAt(suffixEnd - 1))) {
            suffixEnd--;
        }
        return new Selector(position, text.substring(start, end), text.substring(prefixStart, start),
                text.substring(end, Math.max(end, suffixEnd)));
    }

    /** Re-anchors a selector made on an older version in the new version's blocks. */
    public static Anchoring reanchor(Selector selector, List<TextBlock> newBlocks) {
        Objects.requireNonNull(selector, "selector");
        return new Reanchorer(ArticleText.of(newBlocks)).reanchor(selector);
    }

    /**
     * Re-anchors many selectors in the same new version, in the order given; the joined and folded
     * texts are built once for all of them.
     */
    public static List<Anchoring> reanchorAll(List<Selector> selectors, List<TextBlock> newBlocks) {
        var reanchorer = new Reanchorer(ArticleText.of(newBlocks));
        return selectors.stream().map(selector -> reanchorer.reanchor(Objects.requireNonNull(selector, "selector")))
                .toList();
    }
}
