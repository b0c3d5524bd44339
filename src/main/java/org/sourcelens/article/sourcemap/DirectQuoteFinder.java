package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attributes each quotation to a named speaker. The attribution is looked for after the quote in its
 * sentence ("“…,” says X"), then before it ("X said: “…”"), then as a participle ("…, adding: “…”").
 * A quote without one of its own belongs to the speaker quoted in the same paragraph, or, when it
 * opens a paragraph, to the speaker of the paragraph before.
 */
final class DirectQuoteFinder {

    record Attributed(RawQuote quote, Attribution attribution) {
    }

    // Shorter quotes without an attribution are usually scare quotes, not speech.
    private static final int MIN_WORDS_TO_INHERIT = 4;

    private final ArticleText article;
    private final AttributionMatcher matcher;

    DirectQuoteFinder(ArticleText article, AttributionMatcher matcher) {
        this.article = article;
        this.matcher = matcher;
    }

    List<Attributed> find() {
        List<RawQuote> quotes = article.quotes();
        Attribution[] found = new Attribution[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            found[i] = attribute(quotes, i).orElse(null);
        }
        for (int i = 0; i < quotes.size(); i++) {
            if (found[i] == null && wordCount(quotes.get(i)) >= MIN_WORDS_TO_INHERIT) {
                found[i] = inherited(quotes, found, i);
            }
        }
        List<Attributed> attributed = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (found[i] == null) {
                continue;
            }
            RawQuote quote = quotes.get(i);
            if (i + 1 < quotes.size() && found[i + 1] != null && found[i + 1].verbKey() == found[i].verbKey()
                    && sentenceCarriesOn(quote, quotes.get(i + 1))) {
                List<RawQuote.Piece> pieces = new ArrayList<>(quote.pieces());
                pieces.addAll(quotes.get(i + 1).pieces());
                quote = new RawQuote(pieces, quote.openMark(), quotes.get(i + 1).closeMark());
                i++;
            }
            attributed.add(new Attributed(quote, found[i]));
        }
        return attributed;
    }

    /**
     * "“We are not asking for the moon,” Demir said, “only for the same terms…”": one quoted sentence
     * broken by its attribution, so one quote.
     */
    private boolean sentenceCarriesOn(RawQuote quote, RawQuote next) {
        if (!quote.closed() || quote.last().passage() != next.first().passage()) {
            return false;
        }
        String text = article.passage(quote.last().passage()).text();
        int beforeClose = Words.skipSpacesBack(text, quote.closeMark());
        return beforeClose > 0 && text.charAt(beforeClose - 1) == ','
                && Character.isLowerCase(text.codePointAt(next.first().start()));
    }

    private Optional<Attribution> attribute(List<RawQuote> quotes, int i) {
        RawQuote quote = quotes.get(i);
        Passage last = article.passage(quote.last().passage());
        int afterFrom = quote.closed() ? quote.closeMark() + 1 : last.text().length();
        int afterTo = quote.closed()
                ? Math.min(last.sentenceAt(quote.closeMark()).end(), nextOpening(quotes, i, last.index()))
                : afterFrom;
        List<Attribution> after = matcher.finite(last, afterFrom, afterTo);
        if (!after.isEmpty()) {
            return Optional.of(after.get(0));
        }
        Passage first = article.passage(quote.first().passage());
        int beforeTo = quote.openMark();
        int beforeFrom = Math.max(first.sentenceAt(beforeTo).start(), previousClosing(quotes, i, first.index()) + 1);
        List<Attribution> finite = matcher.finite(first, beforeFrom, beforeTo);
        Optional<Attribution> participle = matcher.participle(first, beforeFrom, beforeTo);
        if (!finite.isEmpty()) {
            Attribution closest = finite.get(finite.size() - 1);
            // "She warned that …, adding: “…”": the participle, not the earlier verb, introduces the quote.
            return participle.filter(p -> p.verbStart() > closest.verbStart()).or(() -> Optional.of(closest));
        }
        return participle.or(() -> matcher.participle(last, afterFrom, afterTo));
    }

    private Attribution inherited(List<RawQuote> quotes, Attribution[] found, int i) {
        int passage = quotes.get(i).first().passage();
        for (int j = i - 1; j >= 0 && quotes.get(j).last().passage() == passage; j--) {
            if (found[j] != null) {
                return found[j];
            }
        }
        for (int j = i + 1; j < quotes.size() && quotes.get(j).first().passage() == passage; j++) {
            if (found[j] != null) {
                return found[j];
            }
        }
        if (opensPassage(quotes.get(i)) && i > 0 && quotes.get(i - 1).last().passage() == passage - 1
                && !article.passage(passage - 1).isNote()) {
            return found[i - 1];
        }
        return null;
    }

    private boolean opensPassage(RawQuote quote) {
        Passage passage = article.passage(quote.first().passage());
        return Words.skipSpaces(passage.text(), 0) == quote.openMark();
    }

    private static int nextOpening(List<RawQuote> quotes, int i, int passage) {
        return i + 1 < quotes.size() && quotes.get(i + 1).first().passage() == passage
                ? quotes.get(i + 1).openMark()
                : Integer.MAX_VALUE;
    }

    private static int previousClosing(List<RawQuote> quotes, int i, int passage) {
        return i > 0 && quotes.get(i - 1).last().passage() == passage && quotes.get(i - 1).closed()
                ? quotes.get(i - 1).closeMark()
                : -1;
    }

    private int wordCount(RawQuote quote) {
        int words = 0;
        for (RawQuote.Piece piece : quote.pieces()) {
            words += Words.count(article.passage(piece.passage()).text().substring(piece.start(), piece.end()));
        }
        return words;
    }
}
