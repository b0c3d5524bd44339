package org.sourcelens.annotation.anchoring;

import java.util.Arrays;

/**
 * Edit distance between a whole pattern and the text beginning (or ending) at a fixed offset, where
 * the other end of the text span is free: the answer says how many edits and how much text the best
 * alignment takes. Only alignments within {@code maxEdits} are looked for, so the work is limited to a
 * band of the usual dynamic-programming table, O(pattern length × maxEdits).
 */
final class Alignment {

    /** The best alignment: its edit count and the length of text it covers. */
    record Result(int distance, int length) {

        boolean within(int maxEdits) {
            return distance <= maxEdits;
        }
    }

    private static final int FAR = Integer.MAX_VALUE / 2;
    private static final Result NONE = new Result(FAR, 0);

    private Alignment() {
    }

    /** The pattern aligned with the text that starts at {@code at} and runs forward. */
    static Result forward(String pattern, String text, int at, int maxEdits) {
        return align(pattern, text, at, true, maxEdits, -1);
    }

    /** The pattern aligned with the text that ends at {@code at} (exclusive), read backward. */
    static Result backward(String pattern, String text, int at, int maxEdits) {
        return align(pattern, text, at, false, maxEdits, -1);
    }

    /** The pattern aligned with exactly the text from {@code start} to {@code end} (exclusive). */
    static Result between(String pattern, String text, int start, int end, int maxEdits) {
        return align(pattern, text, start, true, maxEdits, end - start);
    }

    private static Result align(String pattern, String text, int at, boolean forward, int maxEdits, int fixedLength) {
        int m = pattern.length();
        int available = fixedLength >= 0 ? fixedLength : forward ? text.length() - at : at;
        int width = Math.min(available, m + maxEdits);
        if (fixedLength > width) {
            return NONE;
        }
        int[] previous = new int[width + 2];
        int[] current = new int[width + 2];
        Arrays.fill(previous, FAR);
        Arrays.fill(current, FAR);
        for (int t = 0; t <= Math.min(width, maxEdits); t++) {
            previous[t] = t;
        }
        for (int i = 1; i <= m; i++) {
            char p = forward ? pattern.charAt(i - 1) : pattern.charAt(m - i);
            int low = Math.max(0, i - maxEdits);
            int high = Math.min(width, i + maxEdits);
            if (low > high) {
                return NONE;
            }
            if (low > 0) {
                current[low - 1] = FAR;
            }
            for (int t = low; t <= high; t++) {
                if (t == 0) {
                    current[0] = i;
                    continue;
                }
                char c = forward ? text.charAt(at + t - 1) : text.charAt(at - t);
                int substitute = previous[t - 1] + (c == p ? 0 : 1);
                int skipPattern = previous[t] + 1;
                int skipText = current[t - 1] + 1;
                current[t] = Math.min(substitute, Math.min(skipPattern, skipText));
            }
            current[high + 1] = FAR;
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        if (fixedLength >= 0) {
            return previous[fixedLength] <= maxEdits ? new Result(previous[fixedLength], fixedLength) : NONE;
        }
        int bestDistance = FAR;
        int bestLength = 0;
        for (int t = Math.max(0, m - maxEdits); t <= Math.min(width, m + maxEdits); t++) {
            int d = previous[t];
            if (d < bestDistance || d == bestDistance && Math.abs(t - m) < Math.abs(bestLength - m)) {
                bestDistance = d;
                bestLength = t;
            }
        }
        return bestDistance <= maxEdits ? new Result(bestDistance, bestLength) : NONE;
    }
}
