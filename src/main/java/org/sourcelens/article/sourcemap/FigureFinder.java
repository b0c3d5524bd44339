package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers stated in the text together with what they count, so that two articles' figures for
 * the same thing can be compared. Dates, bare years, note markers and labels such as "Channel 4" are
 * not figures.
 */
final class FigureFinder {

    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    /** Groups: 1 currency, 2 number, 3 upper end of a range, 4 multiplier, 5 percent. */
    private static final Pattern NUMBER = Pattern.compile("(?:([$€£])\\s?)?(" + DIGITS + ")(?:\\s*(?:-|–|to)\\s*("
            + DIGITS + "))?(?:\\s+(" + NumberWords.MULTIPLIERS + "))?(?:\\s*(%|percent|per\\s+cent))?"
            + "(?![\\p{L}\\p{N}]|[.,]\\d)");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(?<![\\p{L}])(?:more\\s+than|less\\s+than"
            + "|fewer\\s+than|over|under|about|around|some|nearly|almost|roughly|approximately|at\\s+least"
            + "|at\\s+most|up\\s+to|as\\s+many\\s+as|as\\s+few\\s+as|as\\s+much\\s+as|as\\s+little\\s+as"
            + "|an\\s+estimated|estimated|an\\s+additional|additional|another|only|just"
            + "|somewhere\\s+in\\s+the\\s+range\\s+of|in\\s+the\\s+range\\s+of|close\\s+to|upwards\\s+of"
            + "|in\\s+excess\\s+of)\\s+$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Map<String, String> CURRENCIES = Map.of("$", "dollars", "€", "euros", "£", "pounds");
    /** The last word of every qualifier, checked before the qualifier pattern is run. */
    private static final Set<String> QUALIFIER_ENDINGS = Set.of("than", "over", "under", "about", "around", "some",
            "nearly", "almost", "roughly", "approximately", "least", "most", "to", "as", "estimated", "additional",
            "another", "only", "just", "of");
    private static final int QUALIFIER_REACH = 40;

    private final ArticleText article;

    FigureFinder(ArticleText article) {
        this.article = article;
    }

    List<Figure> find() {
        List<Figure> figures = new ArrayList<>();
        for (Passage passage : article.passages()) {
            List<Range> urls = new ArrayList<>();
            Matcher url = URL.matcher(passage.text());
            while (url.find()) {
                urls.add(new Range(url.start(), url.end()));
            }
            List<Figure> found = new ArrayList<>();
            digits(passage, urls, found);
            words(passage, found);
            found.sort(Comparator.comparingInt((Figure f) -> f.span().start()).thenComparingInt(f -> -f.span().end()));
            // "eleven of the fourteen wells" is one figure, not two: drop figures nested in an earlier one.
            int coveredTo = -1;
            for (Figure figure : found) {
                if (figure.span().end() > coveredTo) {
                    figures.add(figure);
                    coveredTo = figure.span().end();
                }
            }
        }
        return figures;
    }

    private void digits(Passage passage, List<Range> urls, List<Figure> out) {
        String text = passage.text();
        Matcher m = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int free = 0;
        for (Word word : passage.words()) {
            if (word.start() < free || !Character.isDigit(word.text().charAt(0))) {
                continue;
            }
            m.region(currencyStart(text, word.start()), text.length());
            if (!m.lookingAt() || NonFigures.partOfSomethingElse(text, m.start())) {
                continue;
            }
            free = m.end();
            int start = m.start();
            int end = m.end();
            if (urls.stream().anyMatch(r -> r.contains(start)) || NonFigures.noteMarker(text, start, end)
                    || NonFigures.listMarker(text, start, end) || NonFigures.timeOfDay(text, start, end)
                    || NonFigures.partOfDate(passage, start, end)) {
                continue;
            }
            Optional<Range> qualifier = qualifier(passage, start);
            boolean percent = m.group(5) != null;
            boolean currency = m.group(1) != null;
            double multiplier = NumberWords.multiplier(m.group(4));
            Double value = parse(m.group(2)) * multiplier;
            Double upper = m.group(3) == null ? null : parse(m.group(3)) * multiplier;
            Optional<CountedNoun> counted = percent ? Optional.empty() : CountedNoun.after(passage, end);
            if (qualifier.isEmpty() && NonFigures.label(passage, start)) {
                continue;
            }
            boolean plain = !percent && !currency && m.group(4) == null;
            if (plain && qualifier.isEmpty() && NonFigures.isYear(m.group(2), m.group(3))
                    && !NonFigures.yearCountsSomething(passage, start, counted)) {
                continue;
            }
            String subject = percent ? "percent"
                    : counted.map(CountedNoun::noun).orElse(currency ? CURRENCIES.get(m.group(1)) : "");
            out.add(figure(passage, qualifier, start, counted.map(CountedNoun::end).orElse(end), value, upper, subject));
        }
    }

    private void words(Passage passage, List<Figure> out) {
        for (MatchResult m : NumberWords.PATTERN.find(passage)) {
            Optional<CountedNoun> counted = CountedNoun.after(passage, m.end());
            if (counted.isEmpty()) {
                continue;
            }
            Double value = NumberWords.value(m.group(1));
            out.add(figure(passage, qualifier(passage, m.start()), m.start(), counted.get().end(),
                    value == null ? null : value * NumberWords.multiplier(m.group(2)), null, counted.get().noun()));
        }
    }

    /** "$2 million" starts at the currency sign before the digits. */
    private static int currencyStart(String text, int digits) {
        int i = digits;
        if (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 0 && CURRENCIES.containsKey(String.valueOf(text.charAt(i - 1))) ? i - 1 : digits;
    }

    private static Figure figure(Passage passage, Optional<Range> qualifier, int numberStart, int end, Double value,
            Double upper, String subject) {
        int start = qualifier.map(Range::start).orElse(numberStart);
        TextSpan span = passage.span(start, end);
        String qualifierText = qualifier.map(q -> Vocabulary.lower(passage.text().substring(q.start(), q.end()))
                .replaceAll("\\s+", " ")).orElse("");
        return new Figure(span.text(), value, Vocabulary.lower(subject), span, qualifierText, upper);
    }

    private static double parse(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static Optional<Range> qualifier(Passage passage, int numberStart) {
        int previous = Words.firstAtOrAfter(passage.words(), numberStart) - 1;
        if (previous < 0 || !QUALIFIER_ENDINGS.contains(passage.words().get(previous).lower())) {
            return Optional.empty();
        }
        String text = passage.text();
        Matcher m = QUALIFIER.matcher(text).region(Math.max(0, numberStart - QUALIFIER_REACH), numberStart)
                .useTransparentBounds(true);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Range(m.start(), Words.skipSpacesBack(text, m.end())));
    }
}
