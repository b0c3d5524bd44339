package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds words from a curated list, whole words only, in any case and inflection. Each entry lists a
 * dictionary form followed by its inflections, separated by "|"; an entry may be a phrase. Matching
 * looks words up instead of running one large regular expression, which keeps it fast.
 */
final class MarkerFinder {

    static final MarkerFinder HEDGES = new MarkerFinder(List.of(
            "allegedly", "alleged", "reportedly", "apparently", "purportedly|purported", "supposedly", "seemingly",
            "possibly", "probably", "perhaps", "presumably", "likely", "unlikely", "may", "might", "could",
            "seem|seems|seemed", "appear to|appears to|appeared to", "suggest|suggests|suggested|suggesting",
            "unclear", "uncertain", "unconfirmed", "unverified", "rumoured|rumored", "it is believed",
            "is believed to|are believed to|was believed to", "is said to|are said to|was said to|were said to",
            "is thought to|are thought to", "it is thought", "it is understood", "it is alleged"));

    static final MarkerFinder LOADED_WORDS = new MarkerFinder(List.of(
            "terrorist|terrorists", "terrorism", "terror|terrors", "cult|cults", "cult-like", "mercenary|mercenaries",
            "traitor|traitors|traitorous", "treason", "propaganda", "regime|regimes", "militant|militants",
            "hawkish", "devilish", "devil|devils", "evil", "foolish", "dangerous", "fragile", "impoverished",
            "appalled|appalling", "secretive", "indoctrinated|indoctrination", "notorious|notoriously",
            "slam|slams|slammed|slamming", "brutal|brutally|brutality", "infamous", "radical|radicals",
            "extremist|extremists", "extremism", "puppet|puppets", "thug|thugs", "despised", "oppressive",
            "so-called", "fake", "ire", "conspire|conspired|conspiring|conspiracy", "sinister", "shocking",
            "outrageous", "disgraceful", "scandal|scandals|scandalous", "vicious", "ruthless", "corrupt", "heinous",
            "horrific", "atrocity|atrocities", "massacre|massacres", "fanatic|fanatics|fanatical",
            "zealot|zealots", "hardline|hardliner|hardliners", "firebrand", "jihadist|jihadists", "crony|cronies",
            "dictator|dictators|dictatorship", "tyrant|tyrants|tyranny", "henchman|henchmen", "lackey|lackeys",
            "stooge|stooges", "shadowy", "sham", "rogue", "menace", "vile", "draconian", "brainwashed"));

    /** One form of an entry, split into words, with the entry's dictionary form. */
    private record Form(List<String> words, String dictionaryForm) {
    }

    /** Forms by their first word, longest first, so that "it is believed" wins over a shorter match. */
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    private MarkerFinder(List<String> entries) {
        for (String entry : entries) {
            String[] inflections = entry.split("\\|");
            for (String inflection : inflections) {
                List<String> words = List.of(inflection.split(" "));
                byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Form(words, inflections[0]));
            }
        }
        byFirstWord.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form f) -> f.words().size()).reversed()));
    }

    List<Marker> find(ArticleText article) {
        List<Marker> markers = new ArrayList<>();
        for (Passage passage : article.passages()) {
            List<Word> words = passage.words();
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                int matched = match(passage, i, word.bare(), word.start(), markers);
                if (matched > 0) {
                    i += matched - 1;
                } else if (word.bare().indexOf('-') > 0) {
                    matchHyphenParts(passage, word, markers);
                }
            }
        }
        return markers;
    }

    /** Tries every form starting with {@code firstWord}; returns how many words matched. */
    private int match(Passage passage, int index, String firstWord, int start, List<Marker> markers) {
        List<Form> forms = byFirstWord.get(Vocabulary.lower(firstWord));
        if (forms == null) {
            return 0;
        }
        List<Word> words = passage.words();
        for (Form form : forms) {
            int last = index + form.words().size() - 1;
            if (last >= words.size() || !followsOn(passage, index, form)) {
                continue;
            }
            int end = form.words().size() == 1 ? start + firstWord.length() : words.get(last).bareEnd();
            if (monthName(passage, start, passage.text().substring(start, end)) || partOfName(passage, index)) {
                return 0;
            }
            markers.add(new Marker(form.dictionaryForm(), passage.span(start, end)));
            return form.words().size();
        }
        return 0;
    }

    private static boolean followsOn(Passage passage, int index, Form form) {
        List<Word> words = passage.words();
        for (int k = 1; k < form.words().size(); k++) {
            Word word = words.get(index + k);
            if (!Words.joined(passage.text(), words.get(index + k - 1), word) || word.possessive()
                    || !word.lower().equals(form.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** "terror-related": a listed word inside a hyphenated compound still counts. */
    private void matchHyphenParts(Passage passage, Word word, List<Marker> markers) {
        int from = 0;
        String bare = word.bare();
        while (from <= bare.length()) {
            int hyphen = bare.indexOf('-', from);
            int to = hyphen < 0 ? bare.length() : hyphen;
            String part = bare.substring(from, to);
            List<Form> forms = byFirstWord.get(Vocabulary.lower(part));
            if (forms != null && forms.stream().anyMatch(f -> f.words().size() == 1)) {
                String dictionaryForm = forms.stream().filter(f -> f.words().size() == 1).findFirst().orElseThrow()
                        .dictionaryForm();
                markers.add(new Marker(dictionaryForm, passage.span(word.start() + from, word.start() + to)));
            }
            if (hyphen < 0) {
                break;
            }
            from = hyphen + 1;
        }
    }

    /** "Terrorism Monitor" is the name of a publication, not a loaded word. */
    private static boolean partOfName(Passage passage, int index) {
        List<Word> words = passage.words();
        Word word = words.get(index);
        boolean opensSentence = passage.sentenceAt(word.start()).start() == word.start();
        if (!word.capitalized()) {
            return false;
        }
        boolean capitalisedBefore = index > 0 && Words.joined(passage.text(), words.get(index - 1), word)
                && words.get(index - 1).capitalized()
                && passage.sentenceAt(word.start()).start() != words.get(index - 1).start();
        boolean capitalisedAfter = index + 1 < words.size() && Words.joined(passage.text(), word, words.get(index + 1))
                && words.get(index + 1).capitalized();
        return capitalisedBefore && !opensSentence || capitalisedAfter;
    }

    /** "In May 2015": capitalised "May" is the month unless it opens a sentence and no date follows. */
    private static boolean monthName(Passage passage, int start, String word) {
        if (!word.equals("May")) {
            return false;
        }
        int next = Words.skipSpaces(passage.text(), start + word.length());
        boolean dateFollows = next < passage.text().length() && Character.isDigit(passage.text().charAt(next));
        return dateFollows || passage.sentenceAt(start).start() != start;
    }
}
