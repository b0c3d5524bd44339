package org.sourcelens.assignment;

/**
 * A passage of an article version, anchored the way open annotation does it: positions (paragraph
 * anchor and character offset at each end, so it may cross paragraphs) and the exact quote.
 */
public record Passage(int articleVersion, String startAnchor, int startOffset, String endAnchor, int endOffset,
        String quote) {
}
