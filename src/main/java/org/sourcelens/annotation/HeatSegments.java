package org.sourcelens.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleContent;

/**
 * Cuts an article's paragraphs into the segments that highlights cover: a sweep over the offsets where
 * highlights start and end, paragraph by paragraph. A highlight crossing paragraphs counts in each.
 */
final class HeatSegments {

    private record Range(ClassHighlight highlight, int start, int end) {
    }

    private HeatSegments() {
    }

    /** The covered segments in reading order; text no highlight covers has none. */
    static List<HeatSegment> of(ArticleContent article, List<ClassHighlight> highlights) {
        List<ArticleContent.Paragraph> paragraphs = article.paragraphs();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            index.put(paragraphs.get(i).anchor(), i);
        }
        List<List<Range>> ranges = new ArrayList<>();
        paragraphs.forEach(p -> ranges.add(new ArrayList<>()));
        for (ClassHighlight highlight : highlights) {
            Position position = highlight.position();
            Integer first = index.get(position.startAnchor());
            Integer last = index.get(position.endAnchor());
            if (first == null || last == null) {
                continue; // not in this version of the text: the reader shows it nowhere either
            }
            for (int i = first; i <= last; i++) {
                int length = paragraphs.get(i).text().length();
                int start = i == first ? Math.min(position.startOffset(), length) : 0;
                int end = i == last ? Math.min(position.endOffset(), length) : length;
                if (start < end) {
                    ranges.get(i).add(new Range(highlight, start, end));
                }
            }
        }
        List<HeatSegment> segments = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            sweep(paragraphs.get(i), ranges.get(i), segments);
        }
        return segments;
    }

    private static void sweep(ArticleContent.Paragraph paragraph, List<Range> ranges, List<HeatSegment> segments) {
        Map<Integer, List<Range>> startingAt = new HashMap<>();
        Map<Integer, List<Range>> endingAt = new HashMap<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Range range : ranges) {
            startingAt.computeIfAbsent(range.start(), at -> new ArrayList<>()).add(range);
            endingAt.computeIfAbsent(range.end(), at -> new ArrayList<>()).add(range);
            cuts.add(range.start());
            cuts.add(range.end());
        }
        TreeMap<Long, ClassHighlight> covering = new TreeMap<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && !covering.isEmpty()) {
                segments.add(segment(paragraph, from, cut, covering.values()));
            }
            endingAt.getOrDefault(cut, List.of()).forEach(r -> covering.remove(r.highlight().id()));
            startingAt.getOrDefault(cut, List.of()).forEach(r -> covering.put(r.highlight().id(), r.highlight()));
            from = cut;
        }
    }

    private static HeatSegment segment(ArticleContent.Paragraph paragraph, int start, int end,
            Collection<ClassHighlight> covering) {
        return new HeatSegment(paragraph.anchor(), start, end, paragraph.text().substring(start, end),
                covering.stream().map(ClassHighlight::id).toList(),
                (int) covering.stream().mapToLong(ClassHighlight::authorId).distinct().count(),
                covering.stream().map(ClassHighlight::tag).distinct().sorted().toList());
    }
}
