package org.sourcelens.annotation;

import java.util.List;
import org.sourcelens.assignment.ReaderPage;

/**
 * What the reader shows: the assigned article, the class's tags, the student's own highlights, and
 * classmates' highlights when the assignment allows them to be seen.
 */
public record HighlightReader(ReaderPage page, List<String> tags, List<HighlightView> mine,
        List<PeerHighlight> others) {
}
