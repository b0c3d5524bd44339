package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words and answers questions about the gaps between them. */
final class Words {

    // Each repetition must start with a separator, so the loop cannot backtrack badly.
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’.&][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }

    /**
     * True when two neighbouring words belong to one phrase: only spaces between them, or the dot of
     * an abbreviation such as "Dr." or "U.S." followed by spaces.
     */
    static boolean joined(String text, Word left, Word right) {
        int gapStart = left.end();
        if (gapStart < text.length() && text.charAt(gapStart) == '.' && Vocabulary.isAbbreviation(left.text())) {
            gapStart++;
        }
        if (gapStart >= right.start()) {
            return false;
        }
        for (int i = gapStart; i < right.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Index of the word that starts at {@code offset}, or -1. */
    static int indexStartingAt(List<Word> words, int offset) {
        int low = 0;
        int high = words.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int start = words.get(mid).start();
            if (start == offset) {
                return mid;
            }
            if (start < offset) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** Index of the first word starting at or after {@code offset}; {@code words.size()} if none. */
    static int firstAtOrAfter(List<Word> words, int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static int skipSpaces(String text, int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int skipSpacesBack(String text, int offset) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int count(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
