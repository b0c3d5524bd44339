package org.sourcelens.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sourcelens.article.sourcemap.Citation;
import org.sourcelens.article.sourcemap.Figure;
import org.sourcelens.article.sourcemap.SourceMap;
import org.sourcelens.article.sourcemap.Speaker;

/**
 * Two articles' source maps side by side: who each quotes and how often, what each cites, and the
 * figures each gives for the same thing, flagged where they differ.
 */
public record SourceMapComparison(Side left, Side right, List<SpeakerRow> speakers, List<CitationRow> citations,
        List<FigureRow> figures) {

    public record Side(long articleId, String title, SourceMap map) {
    }

    /** A person quoted in either article; zero quotes on a side means that article does not quote them. */
    public record SpeakerRow(String name, int leftQuotes, int rightQuotes) {
    }

    public record CitationRow(String source, int leftCount, int rightCount) {
    }

    /** What each article states for one counted thing ("members"); {@code differ} when both give figures that disagree. */
    public record FigureRow(String subject, List<String> left, List<String> right, boolean differ) {
    }

    static SourceMapComparison of(Side left, Side right) {
        return new SourceMapComparison(left, right, speakers(left.map(), right.map()),
                citations(left.map(), right.map()), figures(left.map(), right.map()));
    }

    private static List<SpeakerRow> speakers(SourceMap left, SourceMap right) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> leftCounts = countBy(left.speakers(), ComparisonKeys::person, names, Speaker::name,
                speaker -> speaker.directQuotes() + speaker.indirectQuotes());
        Map<String, Integer> rightCounts = countBy(right.speakers(), ComparisonKeys::person, names, Speaker::name,
                speaker -> speaker.directQuotes() + speaker.indirectQuotes());
        List<SpeakerRow> rows = new ArrayList<>();
        names.forEach((key, name) -> rows.add(
                new SpeakerRow(name, leftCounts.getOrDefault(key, 0), rightCounts.getOrDefault(key, 0))));
        rows.sort((a, b) -> Integer.compare(b.leftQuotes() + b.rightQuotes(), a.leftQuotes() + a.rightQuotes()));
        return rows;
    }

    private static List<CitationRow> citations(SourceMap left, SourceMap right) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> leftCounts = countBy(left.citations(), c -> ComparisonKeys.plain(c.source()), names,
                Citation::source, c -> 1);
        Map<String, Integer> rightCounts = countBy(right.citations(), c -> ComparisonKeys.plain(c.source()), names,
                Citation::source, c -> 1);
        List<CitationRow> rows = new ArrayList<>();
        names.forEach((key, name) -> rows.add(
                new CitationRow(name, leftCounts.getOrDefault(key, 0), rightCounts.getOrDefault(key, 0))));
        return rows;
    }

    private static List<FigureRow> figures(SourceMap left, SourceMap right) {
        Map<String, List<Figure>> leftBySubject = bySubject(left.figures());
        Map<String, List<Figure>> rightBySubject = bySubject(right.figures());
        Set<String> subjects = new LinkedHashSet<>(leftBySubject.keySet());
        subjects.addAll(rightBySubject.keySet());
        List<FigureRow> rows = new ArrayList<>();
        for (String subject : subjects) {
            List<Figure> l = leftBySubject.getOrDefault(subject, List.of());
            List<Figure> r = rightBySubject.getOrDefault(subject, List.of());
            Set<Double> leftValues = values(l);
            Set<Double> rightValues = values(r);
            boolean differ = !leftValues.isEmpty() && !rightValues.isEmpty() && !leftValues.equals(rightValues);
            rows.add(new FigureRow(subject, l.stream().map(Figure::text).toList(), r.stream().map(Figure::text).toList(),
                    differ));
        }
        rows.sort((a, b) -> Boolean.compare(bothSides(b), bothSides(a)));
        return rows;
    }

    private static boolean bothSides(FigureRow row) {
        return !row.left().isEmpty() && !row.right().isEmpty();
    }

    private static Set<Double> values(List<Figure> figures) {
        Set<Double> values = new LinkedHashSet<>();
        figures.stream().map(Figure::value).filter(v -> v != null).forEach(values::add);
        return values;
    }

    private static Map<String, List<Figure>> bySubject(List<Figure> figures) {
        Map<String, List<Figure>> grouped = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (figure.subject() != null && !figure.subject().isBlank()) {
                grouped.computeIfAbsent(ComparisonKeys.noun(figure.subject()), k -> new ArrayList<>()).add(figure);
            }
        }
        return grouped;
    }

    private static <T> Map<String, Integer> countBy(List<T> items, Function<T, String> key, Map<String, String> names,
            Function<T, String> name, Function<T, Integer> count) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            names.putIfAbsent(k, name.apply(item));
            counts.merge(k, count.apply(item), Integer::sum);
        }
        return counts;
    }

    /** How names and nouns are matched across two articles. */
    static final class ComparisonKeys {

        private ComparisonKeys() {
        }

        /** A person by surname: one article's "Dr Olsi Jazexhi" is the other's "Jazexhi". */
        static String person(Speaker speaker) {
            String[] words = plain(speaker.name()).split(" ");
            return words[words.length - 1];
        }

        static String plain(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
        }

        /** Singular and plural of a counted thing compare equal ("member" and "members"). */
        static String noun(String subject) {
            String plain = plain(subject);
            return plain.endsWith("s") && plain.length() > 3 ? plain.substring(0, plain.length() - 1) : plain;
        }
    }
}
