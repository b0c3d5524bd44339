package org.sourcelens.annotation.anchoring;

import java.util.Arrays;

/**
 * Text folded for approximate matching, remembering where each folded character came from. Folding
 * keeps the differences that matter to a reader and drops those an editor makes without changing the
 * words: runs of whitespace (spaces, non-breaking spaces, paragraph breaks) become one space, case is
 * ignored, typographic quotes and dashes become plain ones, and invisible characters (soft hyphens,
 * zero-width spaces) disappear. Every folded character maps back to one character of the original,
 * so a match found in folded text is a range of the original.
 */
final class FoldedText {

    private final String text;
    private final int[] originalIndex;

    private FoldedText(String text, int[] originalIndex) {
        this.text = text;
        this.originalIndex = originalIndex;
    }

    static FoldedText of(String original) {
        var folded = new StringBuilder(original.length());
        int[] index = new int[original.length()];
        fold(original, folded, index);
        return new FoldedText(folded.toString(), Arrays.copyOf(index, folded.length()));
    }

    /** The folded form of a short piece of text such as a quote or its context. */
    static String fold(String original) {
        var folded = new StringBuilder(original.length());
        fold(original, folded, null);
        return folded.toString();
    }

    private static void fold(String original, StringBuilder folded, int[] index) {
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            char f = foldChar(c);
            if (f == ' ' && !folded.isEmpty() && folded.charAt(folded.length() - 1) == ' ') {
                continue;
            }
            if (index != null) {
                index[folded.length()] = i;
            }
            folded.append(f);
        }
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static char foldChar(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    String text() {
        return text;
    }

    /** The original offset where the folded character at this index came from. */
    int originalStart(int foldedStart) {
        return originalIndex[foldedStart];
    }

    /** The original offset just after the folded range that ends (exclusively) here. */
    int originalEnd(int foldedEnd) {
        return originalIndex[foldedEnd - 1] + 1;
    }

    /** The folded index of the first folded character at or after this original offset. */
    int foldedOffset(int originalOffset) {
        int found = Arrays.binarySearch(originalIndex, originalOffset);
        return found >= 0 ? found : -found - 1;
    }
}
