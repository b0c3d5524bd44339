package org.sourcelens.annotation;

import java.util.List;
import org.sourcelens.assignment.ReaderPage;

/** What the reader shows: the assigned article, the class's tags, and the student's own highlights. */
public record HighlightReader(ReaderPage page, List<String> tags, List<HighlightView> mine) {
}
