package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.List;

/** Splits a passage into sentences without being fooled by "Dr.", "U.S." or a closing quote mark. */
final class Sentences {

    private static final String CLOSERS = "”\"’')]»";
    private static final String OPENERS = "“\"‘'([«";

    private Sentences() {
    }

    static List<Range> of(String text) {
        List<Range> sentences = new ArrayList<>();
        int start = Words.skipSpaces(text, 0);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            if (c == '.' && endsAbbreviation(text, i)) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            int next = Words.skipSpaces(text, end);
            if (next == end && end < text.length()) {
                continue;
            }
            if (next < text.length() && !startsSentence(text.charAt(next))) {
                continue;
            }
            sentences.add(new Range(start, end));
            start = next;
            i = next - 1;
        }
        int end = Words.skipSpacesBack(text, text.length());
        if (start < end) {
            sentences.add(new Range(start, end));
        }
        return sentences;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private static boolean endsAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        return !word.isEmpty() && Vocabulary.isAbbreviation(word);
    }
}
