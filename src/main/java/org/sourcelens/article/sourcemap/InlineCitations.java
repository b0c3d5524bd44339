package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses parenthesised references such as "(Exit.al, March 14)", "(Balkan Insight, June 25, 2015)",
 * "(The Iranian, August 2018)" or several joined by semicolons. A reference without a date counts only
 * when it is a web address: "(Iran-interlink.org)".
 */
final class InlineCitations {

    /** One reference; {@code parentheses} is the whole parenthesised group it came from. */
    record Reference(String source, String detail, TextSpan span, Range parentheses) {
    }

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DATE = MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "|\\d{1,2}\\s+" + MONTH + "(?:,?\\s+\\d{4})?"
            + "|" + MONTH + "\\s+\\d{4}"
            + "|(?:19|20)\\d{2}";
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()\\n]{2,300})\\)");
    private static final Pattern PART = Pattern.compile("\\s*(?:(?i:sources?|via)\\s*:?\\s+)?"
            + "([\\p{Lu}\\p{N}][^,;]{0,80}?)\\s*(?:,\\s*(" + DATE + "))?\\s*");
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}");
    private static final int MAX_SOURCE_WORDS = 8;

    private InlineCitations() {
    }

    static List<Reference> in(Passage passage) {
        List<Reference> found = new ArrayList<>();
        Matcher parens = PARENTHESES.matcher(passage.text());
        while (parens.find()) {
            Range group = new Range(parens.start(), parens.end());
            int partStart = parens.start(1);
            for (String part : parens.group(1).split(";", -1)) {
                reference(passage, partStart, partStart + part.length(), group).ifPresent(found::add);
                partStart += part.length() + 1;
            }
        }
        return found;
    }

    private static Optional<Reference> reference(Passage passage, int start, int end, Range parentheses) {
        Matcher m = PART.matcher(passage.text()).region(start, end);
        if (!m.matches()) {
            return Optional.empty();
        }
        String source = m.group(1).strip();
        String date = m.group(2) == null ? "" : m.group(2).strip();
        boolean webAddress = WEB_ADDRESS.matcher(source).matches();
        if (date.isEmpty() && !webAddress || Words.count(source) > MAX_SOURCE_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Reference(source, date, passage.trimmedSpan(start, end, ""), parentheses));
    }
}
