package org.sourcelens.annotation;

import java.util.List;

/**
 * A stretch of one paragraph, {@code start} to {@code end} (exclusive), that the same highlights cover
 * all along; {@code students}: how many students those highlights come from, {@code tags}: theirs,
 * in alphabetical order.
 */
public record HeatSegment(String anchor, int start, int end, String text, List<Long> highlightIds, int students,
        List<String> tags) {

    public HeatSegment {
        highlightIds = List.copyOf(highlightIds);
        tags = List.copyOf(tags);
    }
}
