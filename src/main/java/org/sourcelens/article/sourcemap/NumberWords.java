package org.sourcelens.article.sourcemap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers written as words: "two" to "ninety-nine", "a dozen", and the vague "dozens", "hundreds",
 * "thousands", "tens of thousands". "One" is left out: "one of the" and "no one" count nothing.
 */
final class NumberWords {

    static final String MULTIPLIERS = "hundred|thousand|million|billion|trillion";

    private static final String[] SMALL = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    private static final List<String> VAGUE = List.of("tens of thousands", "hundreds of thousands", "dozens",
            "hundreds", "thousands", "millions", "billions");

    private static final Map<String, Double> VALUES = values();

    /** Group 1 is the number, group 2 an optional multiplier ("two million"). */
    static final TriggeredPattern PATTERN = new TriggeredPattern(Pattern.compile("(?i)("
            + String.join("|", VAGUE).replace(" ", "\\s+") + "|a\\s+dozen|" + String.join("|", VALUES.keySet())
            + ")(?:\\s+(" + MULTIPLIERS + "))?(?![\\p{L}-])"), triggers());

    private static final Map<String, Double> MULTIPLIER_VALUES = Map.of("hundred", 1e2, "thousand", 1e3,
            "million", 1e6, "billion", 1e9, "trillion", 1e12);

    private NumberWords() {
    }

    /** The value of an exact number word, or {@code null} for a vague one such as "thousands". */
    static Double value(String number) {
        String normalised = Vocabulary.lower(number).replaceAll("\\s+", " ");
        return normalised.equals("a dozen") ? Double.valueOf(12) : VALUES.get(normalised);
    }

    static double multiplier(String word) {
        return word == null ? 1 : MULTIPLIER_VALUES.get(Vocabulary.lower(word));
    }

    static boolean isNumberWord(String lower) {
        return VALUES.containsKey(lower);
    }

    private static Map<String, Double> values() {
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < SMALL.length; i++) {
            values.put(SMALL[i], (double) (i + 2));
        }
        for (int t = 0; t < TENS.length; t++) {
            double tens = 20 + 10 * t;
            values.put(TENS[t], tens);
            for (int u = 0; u < UNITS.length; u++) {
                values.put(TENS[t] + "-" + UNITS[u], tens + u + 1);
            }
        }
        return Map.copyOf(values);
    }

    private static Set<String> triggers() {
        Set<String> triggers = new HashSet<>(VALUES.keySet());
        for (String vague : VAGUE) {
            triggers.add(vague.split(" ")[0]);
        }
        triggers.add("a");
        return triggers;
    }
}
