package org.sourcelens.article.sourcemap;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The noun a number counts: "4,000 [MEK] members", "two Iranian diplomats", "Thousands of them". The
 * head is the last word of the short noun phrase after the number, as written.
 *
 * @param noun the head noun without a possessive ending
 * @param end  where the noun ends in the passage
 */
record CountedNoun(String noun, int end) {

    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police",
            "staff", "personnel", "cattle", "feet", "teeth", "mice", "sheep", "fish", "them", "us", "you");
    private static final Set<String> OF_DETERMINERS = Set.of("the", "these", "those", "its", "their", "his", "her",
            "our", "whom");
    private static final Set<String> STOPS = Set.of("ago", "each", "per", "apiece", "than", "which", "who", "that",
            "more", "less", "old", "long", "later", "earlier");
    private static final int MAX_WORDS = 4;

    static Optional<CountedNoun> after(Passage passage, int numberEnd) {
        List<Word> words = passage.words();
        int first = Words.firstAtOrAfter(words, numberEnd);
        if (first >= words.size() || words.get(first).start() == numberEnd
                || !passage.text().substring(numberEnd, words.get(first).start()).isBlank()) {
            return Optional.empty();
        }
        return words.get(first).lower().equals("of") ? afterOf(passage, first + 1) : phraseHead(passage, first);
    }

    boolean plural() {
        return isPlural(noun);
    }

    static boolean isPlural(String noun) {
        String lower = Vocabulary.lower(noun);
        return IRREGULAR_PLURALS.contains(lower) || lower.length() > 2 && lower.endsWith("s") && !lower.endsWith("ss");
    }

    /** "thousands of them", "eleven of the fourteen wells". */
    private static Optional<CountedNoun> afterOf(Passage passage, int index) {
        List<Word> words = passage.words();
        int next = index;
        if (next < words.size() && OF_DETERMINERS.contains(words.get(next).lower()) && joined(passage, next - 1, next)) {
            next++;
        }
        while (next + 1 < words.size() && joined(passage, next, next + 1) && isNumber(words.get(next))) {
            next++;
        }
        if (next < words.size() && joined(passage, next - 1, next) && isWord(words.get(next))) {
            return Optional.of(new CountedNoun(words.get(next).bare(), words.get(next).bareEnd()));
        }
        return Optional.empty();
    }

    /** Reads up to a few words and stops at a plural, a clause word, an adverb or a verb form. */
    private static Optional<CountedNoun> phraseHead(Passage passage, int first) {
        List<Word> words = passage.words();
        Word last = null;
        for (int i = first; i < words.size() && i - first < MAX_WORDS; i++) {
            Word word = words.get(i);
            String lower = word.lower();
            if (i > first && !joined(passage, i - 1, i) || !isWord(word) || Vocabulary.CLAUSE_WORDS.contains(lower)
                    || STOPS.contains(lower) || lower.endsWith("ly") || Vocabulary.isMonth(lower)) {
                break;
            }
            if (lower.endsWith("ed") && (last != null || !adjectiveBeforeNoun(passage, i))) {
                break;
            }
            last = word;
            if (isPlural(lower) || word.possessive()) {
                break;
            }
        }
        return last == null ? Optional.empty() : Optional.of(new CountedNoun(last.bare(), last.bareEnd()));
    }

    /** "two armed men": a participle counts as an adjective only when a noun follows it. */
    private static boolean adjectiveBeforeNoun(Passage passage, int index) {
        List<Word> words = passage.words();
        return index + 1 < words.size() && joined(passage, index, index + 1) && isWord(words.get(index + 1))
                && !Vocabulary.CLAUSE_WORDS.contains(words.get(index + 1).lower());
    }

    private static boolean joined(Passage passage, int left, int right) {
        return Words.joined(passage.text(), passage.words().get(left), passage.words().get(right));
    }

    private static boolean isNumber(Word word) {
        return Character.isDigit(word.text().charAt(0)) || NumberWords.isNumberWord(word.lower());
    }

    private static boolean isWord(Word word) {
        return Character.isLetter(word.text().codePointAt(0));
    }
}
