package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the people an article names and ties later mentions to them: "Jazexhi" after "Dr Olsi
 * Jazexhi", "Khamenei" after "Supreme Leader Ali Khamenei". Titles are not part of a name.
 */
final class NameIndex {

    /**
     * One mention of a person.
     *
     * @param runStart  where the capitalised phrase starts, titles included ("Dr" in "Dr Olsi Jazexhi")
     * @param start     where the name itself starts
     * @param end       where the name ends, before any possessive "’s"
     * @param firstWord index of the name's first word in the passage's word list
     * @param name      the canonical (fullest) form of the name
     */
    record Mention(int passage, int runStart, int start, int end, int firstWord, String name, boolean possessive) {
    }

    /** A capitalised phrase before we know whether it is someone already named. */
    private record Candidate(int passage, int runStart, int start, int end, int firstWord, List<String> tokens,
            boolean possessive, boolean titled) {

        String name() {
            return String.join(" ", tokens);
        }
    }

    // Plural group nouns such as "Albanian Muslims" or "Iranian Americans" are not people.
    private static final Pattern GROUP_SUFFIX = Pattern.compile(".*(?:ians|eans|cans|ese|ites|ists|ims|ics)");

    private final ArticleText article;
    private final List<List<Mention>> byPassage = new ArrayList<>();
    private final Map<String, Mention> firstByName = new LinkedHashMap<>();

    private NameIndex(ArticleText article) {
        this.article = article;
    }

    static NameIndex build(ArticleText article) {
        NameIndex index = new NameIndex(article);
        index.index();
        return index;
    }

    private void index() {
        List<Candidate> candidates = new ArrayList<>();
        for (Passage passage : article.passages()) {
            collectCandidates(passage, candidates);
        }
        Map<String, String> canonical = canonicalNames(candidates);
        Map<String, List<Candidate>> bySurname = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.tokens().size() >= 2 || c.titled()) {
                bySurname.computeIfAbsent(last(c.tokens()), k -> new ArrayList<>()).add(c);
            }
        }
        for (int i = 0; i < article.passages().size(); i++) {
            byPassage.add(new ArrayList<>());
        }
        for (Candidate c : candidates) {
            String name = resolve(c, canonical, bySurname);
            if (name != null) {
                Mention mention = new Mention(c.passage(), c.runStart(), c.start(), c.end(), c.firstWord(), name,
                        c.possessive());
                byPassage.get(c.passage()).add(mention);
                firstByName.putIfAbsent(name, mention);
            }
        }
    }

    private String resolve(Candidate c, Map<String, String> canonical, Map<String, List<Candidate>> bySurname) {
        if (c.tokens().size() >= 2) {
            return canonical.getOrDefault(c.name(), c.name());
        }
        List<Candidate> named = bySurname.getOrDefault(c.tokens().get(0), List.of());
        List<Candidate> fulls = named.stream().filter(n -> n.tokens().size() >= 2).toList();
        if (fulls.isEmpty()) {
            // "President Trump … Trump": a name only ever given with a title is still a person.
            return c.titled() || !named.isEmpty() ? c.name() : null;
        }
        Candidate chosen = fulls.get(0);
        for (Candidate full : fulls) {
            if (before(full, c)) {
                chosen = full;
            }
        }
        return canonical.getOrDefault(chosen.name(), chosen.name());
    }

    private static boolean before(Candidate a, Candidate b) {
        return a.passage() < b.passage() || a.passage() == b.passage() && a.start() < b.start();
    }

    /** "Mohammad Marandi" is the same person as "Seyed Mohammad Marandi" when both appear. */
    private static Map<String, String> canonicalNames(List<Candidate> candidates) {
        Map<String, List<String>> fullNames = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.tokens().size() >= 2) {
                fullNames.putIfAbsent(c.name(), c.tokens());
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (Map.Entry<String, List<String>> shorter : fullNames.entrySet()) {
            String longest = null;
            for (Map.Entry<String, List<String>> longer : fullNames.entrySet()) {
                List<String> l = longer.getValue();
                List<String> s = shorter.getValue();
                if (l.size() > s.size() && l.subList(l.size() - s.size(), l.size()).equals(s)
                        && (longest == null || l.size() > fullNames.get(longest).size())) {
                    longest = longer.getKey();
                }
            }
            if (longest != null) {
                canonical.put(shorter.getKey(), longest);
            }
        }
        return canonical;
    }

    private void collectCandidates(Passage passage, List<Candidate> out) {
        List<Word> words = passage.words();
        String text = passage.text();
        int i = 0;
        while (i < words.size()) {
            if (!nameToken(words.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && !words.get(j).possessive() && Words.joined(text, words.get(j), words.get(j + 1))) {
                Word next = words.get(j + 1);
                if (nameToken(next)) {
                    j++;
                } else if (Vocabulary.NAME_PARTICLES.contains(next.text()) && j + 2 < words.size()
                        && Words.joined(text, next, words.get(j + 2)) && nameToken(words.get(j + 2))) {
                    j += 2;
                } else {
                    break;
                }
            }
            candidate(passage, i, j).ifPresent(out::add);
            i = j + 1;
        }
    }

    private Optional<Candidate> candidate(Passage passage, int from, int to) {
        List<Word> words = passage.words();
        int first = from;
        boolean determined = false;
        while (first <= to && Vocabulary.isFunctionWord(words.get(first).bare())) {
            determined |= words.get(first).lower().equals("the");
            first++;
        }
        if (first > to) {
            return Optional.empty();
        }
        if (first == from && from > 0 && Words.joined(passage.text(), words.get(from - 1), words.get(from))
                && Vocabulary.DETERMINERS.contains(words.get(from - 1).text())) {
            determined = true;
        }
        int lastTitle = -1;
        for (int k = first; k <= to; k++) {
            if (!words.get(k).possessive() && Vocabulary.isTitle(words.get(k).bare())) {
                lastTitle = k;
            }
        }
        int nameStart = lastTitle >= 0 ? lastTitle + 1 : first;
        int count = to - nameStart + 1;
        boolean titled = lastTitle >= 0;
        if (count < 1 || count > 4 || (determined && !titled)) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>();
        for (int k = nameStart; k <= to; k++) {
            Word w = words.get(k);
            if (!personToken(w)) {
                return Optional.empty();
            }
            tokens.add(w.bare());
        }
        Word last = words.get(to);
        if (GROUP_SUFFIX.matcher(last.bare()).matches() || article.usedInLowerCase(last.bare())) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(passage.index(), words.get(first).start(), words.get(nameStart).start(),
                last.bareEnd(), nameStart, tokens, last.possessive(), titled));
    }

    private static boolean nameToken(Word word) {
        return word.capitalized() && word.hasLetter();
    }

    private static boolean personToken(Word word) {
        if (Vocabulary.NAME_PARTICLES.contains(word.bare())) {
            return true;
        }
        String lower = word.lower();
        return nameToken(word) && !word.acronym() && !Vocabulary.NON_PERSON_WORDS.contains(lower)
                && !Vocabulary.MONTHS.contains(lower) && !Vocabulary.WEEKDAYS.contains(lower)
                && !Vocabulary.FUNCTION_WORDS.contains(lower) && !Vocabulary.TITLES.contains(lower);
    }

    private static String last(List<String> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    List<Mention> in(int passage) {
        return byPassage.get(passage);
    }

    /** A mention whose phrase (with or without its titles) starts exactly at {@code offset}. */
    Optional<Mention> startingAt(int passage, int offset) {
        for (Mention m : byPassage.get(passage)) {
            if (m.runStart() == offset || m.start() == offset) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** A non-possessive mention ending exactly at {@code offset}. */
    Optional<Mention> endingAt(int passage, int offset) {
        for (Mention m : byPassage.get(passage)) {
            if (m.end() == offset && !m.possessive()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The nearest person named before {@code offset}, looking back at most {@code passagesBack}
     * passages; used to resolve "he said".
     */
    Optional<Mention> lastBefore(int passage, int offset, int passagesBack, Predicate<Mention> accept) {
        for (int p = passage; p >= 0 && p >= passage - passagesBack; p--) {
            List<Mention> mentions = byPassage.get(p);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if ((p < passage || m.end() <= offset) && accept.test(m)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    List<Mention> mentionsOf(String name) {
        List<Mention> all = new ArrayList<>();
        for (List<Mention> mentions : byPassage) {
            for (Mention m : mentions) {
                if (m.name().equals(name)) {
                    all.add(m);
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::passage).thenComparingInt(Mention::start));
        return all;
    }

    Optional<Mention> firstMention(String name) {
        return Optional.ofNullable(firstByName.get(name));
    }

    boolean isPersonAt(int passage, int offset) {
        return startingAt(passage, offset).isPresent();
    }
}
