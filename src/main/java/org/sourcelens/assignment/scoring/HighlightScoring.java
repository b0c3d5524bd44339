package org.sourcelens.assignment.scoring;

import static org.sourcelens.assignment.scoring.AutoScoring.KEY_PASSAGE_FOUND_PERCENT;
import static org.sourcelens.assignment.scoring.AutoScoring.MIN_HIGHLIGHT_INSIDE_KEYS_PERCENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.Passage;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.scoring.CharRanges.Range;

/**
 * Highlight-the-evidence, scored by character overlap with the key passages; the rule is documented on
 * {@link AutoScoring}. Percent comparisons are done in integers so that the boundaries are exact.
 */
final class HighlightScoring {

    private HighlightScoring() {
    }

    static AutoScore score(QuestionSpec question, AnswerValue answer, TextGeometry geometry) {
        Objects.requireNonNull(geometry, "A highlight question needs the geometry of its article version");
        int keyVersion = keyVersion(question);
        List<Range> keys = question.keyPassages().stream().map(key -> keyRange(geometry, key)).toList();

        var highlights = new ArrayList<Range>();
        int olderVersion = 0;
        for (Passage passage : answer.passages()) {
            if (passage.articleVersion() != keyVersion) {
                olderVersion++;
            } else {
                placeStudentPassage(geometry, passage).ifPresent(highlights::add);
            }
        }
        CharRanges highlighted = CharRanges.union(highlights);
        if (highlighted.size() == 0) {
            return zero(question, olderVersion > 0
                    ? "Your highlights were made on an older version of the article, so they could not be scored."
                    : "No passage highlighted.");
        }

        long found = keys.stream().filter(key -> isFound(key, highlighted)).count();
        int inside = CharRanges.union(keys).overlap(highlighted);
        boolean tooBroad = (long) inside * 100 < (long) MIN_HIGHLIGHT_INSIDE_KEYS_PERCENT * highlighted.size();
        double breadthFactor = tooBroad
                ? inside * 100.0 / ((double) MIN_HIGHLIGHT_INSIDE_KEYS_PERCENT * highlighted.size())
                : 1.0;
        double points = question.points() * (double) found / keys.size() * breadthFactor;
        boolean fullyCorrect = found == keys.size() && !tooBroad;
        return new AutoScore(points, question.points(), fullyCorrect, List.of(),
                explanation(found, keys.size(), tooBroad, olderVersion));
    }

    private static boolean isFound(Range key, CharRanges highlighted) {
        return (long) highlighted.overlap(key) * 100 >= (long) KEY_PASSAGE_FOUND_PERCENT * key.length();
    }

    private static String explanation(long found, int keys, boolean tooBroad, int olderVersion) {
        var sentence = new StringBuilder()
                .append(found).append(" of ").append(keys).append(keys == 1 ? " key passage" : " key passages")
                .append(" found");
        if (tooBroad) {
            sentence.append(", but most of what you highlighted lies outside them, which lowers the score");
        }
        if (olderVersion > 0) {
            sentence.append("; ").append(olderVersion)
                    .append(olderVersion == 1 ? " highlight was" : " highlights were")
                    .append(" made on an older version of the article and ignored");
        }
        return sentence.append('.').toString();
    }

    /** Keys made on different versions cannot be compared with one geometry: the question is malformed. */
    private static int keyVersion(QuestionSpec question) {
        List<Passage> keys = question.keyPassages();
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("A highlight question needs key passages: " + question.prompt());
        }
        int version = keys.getFirst().articleVersion();
        if (keys.stream().anyMatch(key -> key.articleVersion() != version)) {
            throw new IllegalArgumentException("Key passages are on different article versions: " + question.prompt());
        }
        return version;
    }

    private static Range keyRange(TextGeometry geometry, Passage key) {
        int start = geometry.globalOffset(key.startAnchor(), key.startOffset());
        int end = geometry.globalOffset(key.endAnchor(), key.endOffset());
        if (end <= start) {
            throw new IllegalArgumentException("A key passage must contain text: " + key);
        }
        return new Range(start, end);
    }

    /**
     * A student's passage as an article-wide range. A selection made backwards is turned around; one
     * whose anchors are not in this version cannot be placed and is left out rather than failing the
     * whole answer.
     */
    private static Optional<Range> placeStudentPassage(TextGeometry geometry, Passage passage) {
        try {
            int start = geometry.globalOffset(passage.startAnchor(), passage.startOffset());
            int end = geometry.globalOffset(passage.endAnchor(), passage.endOffset());
            return Optional.of(new Range(Math.min(start, end), Math.max(start, end)));
        } catch (IllegalArgumentException unplaceable) {
            return Optional.empty();
        }
    }

    private static AutoScore zero(QuestionSpec question, String explanation) {
        return new AutoScore(0, question.points(), false, List.of(), explanation);
    }
}
