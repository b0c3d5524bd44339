package org.sourcelens.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcelens.assignment.ReaderPage;

/**
 * Where the students of a class highlighted an assigned article, for its instructor: the article,
 * every placed highlight with its author, how many highlights lost their place in the text
 * ({@code orphans}), the class's tags, and the text cut into segments that the same highlights
 * cover. {@code tag} is the filter the segments were made for (null: all tags); {@link #withTag}
 * filters again without asking the database.
 */
public record HeatMap(ReaderPage page, List<String> tags, List<ClassHighlight> highlights, int orphans, String tag,
        List<HeatSegment> segments) {

    /** Shading levels: level k means up to k fifths of the highlighting students marked the segment. */
    public static final int LEVELS = 5;
    private static final int SHORTEST_PASSAGE = 3;

    public HeatMap {
        tags = List.copyOf(tags);
        highlights = List.copyOf(highlights);
        segments = List.copyOf(segments);
    }

    static HeatMap of(ReaderPage page, List<String> tags, List<ClassHighlight> highlights, int orphans) {
        return new HeatMap(page, tags, highlights, orphans, null, List.of()).withTag(null);
    }

    /** The same map with only the highlights tagged {@code tag}; null for all of them. */
    public HeatMap withTag(String newTag) {
        return new HeatMap(page, tags, highlights, orphans, newTag,
                HeatSegments.of(page.article(), tagged(highlights, newTag)));
    }

    /** The highlights the map shows: those with its tag, or all. */
    public List<ClassHighlight> shown() {
        return tagged(highlights, tag);
    }

    private static List<ClassHighlight> tagged(List<ClassHighlight> highlights, String tag) {
        return tag == null ? highlights : highlights.stream().filter(h -> h.tag().equals(tag)).toList();
    }

    /** How many students the shown highlights come from. */
    public int students() {
        return (int) shown().stream().mapToLong(ClassHighlight::authorId).distinct().count();
    }

    /** How dark a segment is shaded, 1 to {@link #LEVELS}: the share of the highlighting students who marked it. */
    public int level(HeatSegment segment) {
        return level(segment, students());
    }

    /** As {@link #level(HeatSegment)}, with the number of highlighting students counted once by the caller. */
    public static int level(HeatSegment segment, int students) {
        int all = Math.max(students, 1);
        return Math.clamp((long) Math.ceil((double) LEVELS * segment.students() / all), 1, LEVELS);
    }

    /** The shown highlights with these ids, by author. */
    public List<ClassHighlight> highlights(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        return shown().stream().filter(h -> wanted.contains(h.id()))
                .sorted(Comparator.comparing(ClassHighlight::author).thenComparing(ClassHighlight::id))
                .toList();
    }

    /**
     * The {@code n} passages the most students highlighted, in that order (reading order among equals):
     * adjacent segments that the same students cover make one passage; passages shorter than three
     * characters are left out.
     */
    public List<HotPassage> top(int n) {
        Map<Long, ClassHighlight> byId = highlights.stream()
                .collect(Collectors.toMap(ClassHighlight::id, Function.identity()));
        List<List<HeatSegment>> runs = new ArrayList<>();
        Set<Long> runAuthors = Set.of();
        for (HeatSegment segment : segments) {
            Set<Long> authors = segment.highlightIds().stream().map(id -> byId.get(id).authorId())
                    .collect(Collectors.toSet());
            List<HeatSegment> run = runs.isEmpty() ? null : runs.getLast();
            if (run != null && run.getLast().anchor().equals(segment.anchor())
                    && run.getLast().end() == segment.start() && authors.equals(runAuthors)) {
                run.add(segment);
            } else {
                runs.add(new ArrayList<>(List.of(segment)));
            }
            runAuthors = authors;
        }
        return runs.stream()
                .map(HeatMap::passage)
                .filter(p -> p.text().strip().length() >= SHORTEST_PASSAGE)
                .sorted(Comparator.comparingInt(HotPassage::students).reversed())
                .limit(n)
                .toList();
    }

    private static HotPassage passage(List<HeatSegment> run) {
        HeatSegment first = run.getFirst();
        Set<Long> ids = new LinkedHashSet<>();
        run.forEach(s -> ids.addAll(s.highlightIds()));
        return new HotPassage(first.anchor(), first.start(), run.getLast().end(),
                run.stream().map(HeatSegment::text).collect(Collectors.joining()), first.students(),
                run.stream().flatMap(s -> s.tags().stream()).distinct().sorted().toList(),
                ids.stream().sorted().toList());
    }
}
