package org.sourcelens.assignment.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A set of article-wide character positions, kept as sorted, non-overlapping half-open ranges. Merging
 * first is what keeps overlapping highlights from being counted twice.
 */
final class CharRanges {

    /** The characters from {@code start} (inclusive) to {@code end} (exclusive). */
    record Range(int start, int end) {

        Range {
            if (end < start) {
                throw new IllegalArgumentException("Range ends before it starts: " + start + ".." + end);
            }
        }

        int length() {
            return end - start;
        }
    }

    private final List<Range> merged;

    private CharRanges(List<Range> merged) {
        this.merged = merged;
    }

    static CharRanges union(Collection<Range> ranges) {
        var sorted = ranges.stream().filter(range -> range.length() > 0)
                .sorted(Comparator.comparingInt(Range::start)).toList();
        var merged = new ArrayList<Range>();
        for (Range range : sorted) {
            Range last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && range.start() <= last.end()) {
                merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return new CharRanges(List.copyOf(merged));
    }

    /** How many characters the set holds. */
    int size() {
        return merged.stream().mapToInt(Range::length).sum();
    }

    /** How many characters of {@code range} are in the set. */
    int overlap(Range range) {
        int covered = 0;
        for (Range own : merged) {
            covered += Math.max(0, Math.min(own.end(), range.end()) - Math.max(own.start(), range.start()));
        }
        return covered;
    }

    /** How many characters the two sets have in common. */
    int overlap(CharRanges other) {
        return other.merged.stream().mapToInt(this::overlap).sum();
    }
}
