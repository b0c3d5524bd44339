package org.sourcelens.annotation.anchoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate search for a pattern of up to 64 characters in one pass over a text, after Myers' 1999
 * bit-vector algorithm: the column of the edit-distance table is kept as bit vectors of vertical
 * increments and decrements, so each text character costs a handful of word operations whatever the
 * pattern length. It reports the places where some occurrence with few enough edits ends; where it
 * starts is left to {@link Alignment#backward}.
 */
final class BitParallelMatcher {

    static final int MAX_PATTERN = Long.SIZE;

    /** An occurrence with {@code distance} edits ends just before {@code end}. */
    record Hit(int end, int distance) {
    }

    private final long[] asciiMasks = new long[128];
    private final Map<Character, Long> otherMasks = new HashMap<>();
    private final int length;

    private BitParallelMatcher(String pattern) {
        if (pattern.isEmpty() || pattern.length() > MAX_PATTERN) {
            throw new IllegalArgumentException(
                    "Patterns have 1 to " + MAX_PATTERN + " characters: " + pattern.length());
        }
        length = pattern.length();
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            if (c < asciiMasks.length) {
                asciiMasks[c] |= 1L << i;
            } else {
                otherMasks.merge(c, 1L << i, (a, b) -> a | b);
            }
        }
    }

    /**
     * The ends of the best occurrences with at most {@code maxEdits} edits: where the distance reaches
     * a local minimum, so that one occurrence is not reported once for every character it could end on.
     */
    static List<Hit> search(String pattern, String text, int maxEdits) {
        return new BitParallelMatcher(pattern).search(text, maxEdits);
    }

    private List<Hit> search(String text, int maxEdits) {
        var hits = new ArrayList<Hit>();
        long last = 1L << (length - 1);
        long plus = length == Long.SIZE ? -1L : (1L << length) - 1;
        long minus = 0;
        int score = length;
        int before = Integer.MAX_VALUE;
        int candidate = Integer.MAX_VALUE;
        for (int j = 0; j < text.length(); j++) {
            long equal = maskOf(text.charAt(j));
            long vertical = equal | minus;
            long horizontal = (((equal & plus) + plus) ^ plus) | equal;
            long horizontalPlus = minus | ~(horizontal | plus);
            long horizontalMinus = plus & horizontal;
            if ((horizontalPlus & last) != 0) {
                score++;
            } else if ((horizontalMinus & last) != 0) {
                score--;
            }
            horizontalPlus <<= 1;
            horizontalMinus <<= 1;
            plus = horizontalMinus | ~(vertical | horizontalPlus);
            minus = horizontalPlus & vertical;
            // candidate is the score at j-1; it is a local minimum when not above either neighbour
            if (candidate <= maxEdits && candidate <= before && candidate <= score) {
                hits.add(new Hit(j, candidate));
            }
            before = candidate;
            candidate = score;
        }
        if (candidate <= maxEdits && candidate <= before) {
            hits.add(new Hit(text.length(), candidate));
        }
        return hits;
    }

    private long maskOf(char c) {
        return c < asciiMasks.length ? asciiMasks[c] : otherMasks.getOrDefault(c, 0L);
    }
}
