package org.sourcelens.annotation;

import java.util.List;

/** One of the passages the most students highlighted: adjacent segments that the same students cover. */
public record HotPassage(String anchor, int start, int end, String text, int students, List<String> tags,
        List<Long> highlightIds) {

    public HotPassage {
        tags = List.copyOf(tags);
        highlightIds = List.copyOf(highlightIds);
    }
}
