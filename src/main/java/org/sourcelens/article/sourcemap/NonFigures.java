package org.sourcelens.article.sourcemap;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Numbers that state no quantity: dates, bare years, note and list markers, times, labels such as "Channel 4". */
final class NonFigures {

    private static final Set<String> BEFORE_YEAR = Set.of("in", "since", "until", "till", "by", "from", "between",
            "during", "before", "after", "of", "to", "through", "the", "early", "late", "mid", "summer", "spring",
            "autumn", "fall", "winter", "year", "fiscal", "circa", "c");
    private static final Pattern AFTER_MONTH = Pattern.compile("\\.?,?\\s+");
    private static final Pattern AFTER_DAY = Pattern.compile(",\\s+");
    private static final Pattern AFTER_LABEL = Pattern.compile(":?\\s+");
    private static final String NOT_BEFORE_A_NUMBER = ".,/$€£[-";

    private NonFigures() {
    }

    /** Digits glued to a word, a web address or another number: "F-16", "v2.3", "4,000" read from "000". */
    static boolean partOfSomethingElse(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        boolean currency = "$€£".indexOf(text.charAt(start)) >= 0;
        return Character.isLetterOrDigit(before) || !currency && NOT_BEFORE_A_NUMBER.indexOf(before) >= 0;
    }

    static boolean noteMarker(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '[' && end < text.length() && text.charAt(end) == ']';
    }

    /** "1. See …" at the start of a note or list item. */
    static boolean listMarker(String text, int start, int end) {
        return Words.skipSpaces(text, 0) == start && end < text.length()
                && (text.charAt(end) == '.' || text.charAt(end) == ')');
    }

    static boolean timeOfDay(String text, int start, int end) {
        return start > 1 && text.charAt(start - 1) == ':' && Character.isDigit(text.charAt(start - 2))
                || end + 1 < text.length() && text.charAt(end) == ':' && Character.isDigit(text.charAt(end + 1));
    }

    /** Days and years of dates: "March 14", "14 March", "May 2015", "June 25, 2015". */
    static boolean partOfDate(Passage passage, int start, int end) {
        List<Word> words = passage.words();
        int after = Words.firstAtOrAfter(words, end);
        if (after < words.size() && words.get(after).start() - end <= 2 && isMonthName(words.get(after))) {
            return true;
        }
        int before = Words.firstAtOrAfter(words, start) - 1;
        if (before < 0) {
            return false;
        }
        Word previous = words.get(before);
        String gap = passage.text().substring(previous.end(), start);
        if (isMonthName(previous) && AFTER_MONTH.matcher(gap).matches()) {
            return true;
        }
        // The year in "June 25, 2015": the number before it is a day after a month.
        return AFTER_DAY.matcher(gap).matches() && Character.isDigit(previous.text().charAt(0)) && before > 0
                && isMonthName(words.get(before - 1));
    }

    /** "Channel 4", "Volume: 16": a number right after a capitalised word names something. */
    static boolean label(Passage passage, int start) {
        List<Word> words = passage.words();
        int before = Words.firstAtOrAfter(words, start) - 1;
        if (before < 0) {
            return false;
        }
        Word previous = words.get(before);
        return previous.capitalized() && !Vocabulary.isFunctionWord(previous.bare())
                && AFTER_LABEL.matcher(passage.text().substring(previous.end(), start)).matches();
    }

    /** A plain number, or both ends of a range, between 1900 and 2099. */
    static boolean isYear(String number, String upper) {
        return year(number) && (upper == null || year(upper));
    }

    /** "2000 members" counts; "in 2014 elections" and "In 2017 the group" are dates. */
    static boolean yearCountsSomething(Passage passage, int start, Optional<CountedNoun> counted) {
        if (counted.isEmpty() || !counted.get().plural()) {
            return false;
        }
        int index = Words.firstAtOrAfter(passage.words(), start) - 1;
        return index < 0 || !BEFORE_YEAR.contains(passage.words().get(index).lower());
    }

    private static boolean year(String digits) {
        if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return year >= 1900 && year <= 2099;
    }

    private static boolean isMonthName(Word word) {
        return word.capitalized() && Vocabulary.isMonth(word.text());
    }
}
