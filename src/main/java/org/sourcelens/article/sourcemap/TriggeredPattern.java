package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where one of its trigger words starts, instead of at every character. The
 * finders' patterns all begin with a known word ("said", "according", "officials"), so looking the
 * word up first makes a scan of a long article several times faster.
 */
final class TriggeredPattern {

    private final Pattern pattern;
    private final Set<String> triggers;

    /**
     * @param triggers lower-case words at which a match can start; every match of {@code pattern}
     *                 must start with one of them
     */
    TriggeredPattern(Pattern pattern, Set<String> triggers) {
        this.pattern = pattern;
        this.triggers = Set.copyOf(triggers);
    }

    Pattern pattern() {
        return pattern;
    }

    /** Non-overlapping matches that start in {@code [from, to)} and end by {@code to}, in order. */
    List<MatchResult> find(Passage passage, int from, int to) {
        return matches(passage, from, to, false);
    }

    /** Like {@link #find}, but a match may start inside the previous one. */
    List<MatchResult> findOverlapping(Passage passage, int from, int to) {
        return matches(passage, from, to, true);
    }

    List<MatchResult> find(Passage passage) {
        return find(passage, 0, passage.text().length());
    }

    private List<MatchResult> matches(Passage passage, int from, int to, boolean overlapping) {
        List<MatchResult> found = new ArrayList<>();
        if (from >= to) {
            return found;
        }
        List<Word> words = passage.words();
        Matcher m = pattern.matcher(passage.text()).useTransparentBounds(true).useAnchoringBounds(false);
        int free = from;
        for (int i = Words.firstAtOrAfter(words, from); i < words.size() && words.get(i).start() < to; i++) {
            Word word = words.get(i);
            if ((overlapping || word.start() >= free) && triggers.contains(word.lower())) {
                m.region(word.start(), to);
                if (m.lookingAt()) {
                    found.add(m.toMatchResult());
                    free = m.end();
                }
            }
        }
        return found;
    }

    /** The lower-case first words of a "|"-separated list of plain alternatives such as "said|pointed out". */
    static Set<String> firstWords(String alternatives) {
        Set<String> words = new HashSet<>();
        for (String alternative : alternatives.split("\\|")) {
            words.add(Vocabulary.lower(alternative.strip().split(" ")[0]));
        }
        return words;
    }
}
