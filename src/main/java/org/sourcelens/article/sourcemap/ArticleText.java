package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The prepared text shared by all finders: passages, quotations and the article's own vocabulary. */
final class ArticleText {

    private final List<Passage> passages;
    private final List<RawQuote> quotes;
    private final List<List<Range>> quotedRanges;
    private final Set<String> lowercaseWords;

    private ArticleText(List<Passage> passages) {
        this.passages = List.copyOf(passages);
        this.quotes = QuoteScanner.scan(this.passages);
        this.quotedRanges = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            quotedRanges.add(new ArrayList<>());
        }
        for (RawQuote quote : quotes) {
            for (RawQuote.Piece piece : quote.pieces()) {
                quotedRanges.get(piece.passage()).add(new Range(piece.start(), piece.end()));
            }
        }
        this.lowercaseWords = new HashSet<>();
        for (Passage passage : passages) {
            for (Word word : passage.words()) {
                if (Character.isLowerCase(word.text().codePointAt(0))) {
                    lowercaseWords.add(word.lower());
                }
            }
        }
    }

    static ArticleText of(SourceText source) {
        List<Passage> passages = new ArrayList<>();
        for (SourceText.Block block : source.blocks()) {
            passages.add(Passage.of(passages.size(), block));
        }
        return new ArticleText(passages);
    }

    List<Passage> passages() {
        return passages;
    }

    Passage passage(int index) {
        return passages.get(index);
    }

    List<RawQuote> quotes() {
        return quotes;
    }

    boolean insideQuote(int passage, int offset) {
        for (Range range : quotedRanges.get(passage)) {
            if (range.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    boolean overlapsQuote(int passage, int start, int end) {
        for (Range range : quotedRanges.get(passage)) {
            if (range.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article also uses the word in lower case, which makes it a common word, not a name. */
    boolean usedInLowerCase(String word) {
        return lowercaseWords.contains(Vocabulary.lower(word));
    }
}
