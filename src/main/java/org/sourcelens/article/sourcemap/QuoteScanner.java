package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks across the whole text. Curly and straight marks may be mixed; a quote that
 * is still open at the end of a paragraph continues only if the next paragraph opens with a quote
 * mark, which is how newspapers run one speaker's words over several paragraphs.
 */
final class QuoteScanner {

    private final List<Passage> passages;
    private final List<RawQuote> quotes = new ArrayList<>();
    private List<RawQuote.Piece> openPieces;
    private int openMark;
    private int pieceStart;

    private QuoteScanner(List<Passage> passages) {
        this.passages = passages;
    }

    static List<RawQuote> scan(List<Passage> passages) {
        QuoteScanner scanner = new QuoteScanner(passages);
        for (Passage passage : passages) {
            scanner.scanPassage(passage);
        }
        return scanner.quotes;
    }

    private void scanPassage(Passage passage) {
        String text = passage.text();
        int from = 0;
        if (openPieces != null) {
            int first = Words.skipSpaces(text, 0);
            if (!passage.isNote() && first < text.length() && isOpening(text, first)) {
                pieceStart = first + 1;
                from = first + 1;
            } else {
                finish(-1);
            }
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isQuoteMark(c)) {
                continue;
            }
            if (openPieces == null) {
                if (isOpening(text, i)) {
                    openPieces = new ArrayList<>();
                    openMark = i;
                    pieceStart = i + 1;
                }
            } else if (isClosing(text, i)) {
                addPiece(passage, i);
                finish(i);
            } else if (c == '“' || c == '«') {
                // A fresh opening mark while a quote is open: the writer forgot to close the first one.
                addPiece(passage, i);
                finish(-1);
                openPieces = new ArrayList<>();
                openMark = i;
                pieceStart = i + 1;
            }
        }
        if (openPieces != null) {
            addPiece(passage, text.length());
        }
    }

    private void addPiece(Passage passage, int end) {
        int start = Words.skipSpaces(passage.text(), pieceStart);
        int e = Words.skipSpacesBack(passage.text(), end);
        if (start < e) {
            openPieces.add(new RawQuote.Piece(passage.index(), start, e));
        }
    }

    private void finish(int closeMark) {
        if (!openPieces.isEmpty()) {
            List<RawQuote.Piece> pieces = new ArrayList<>(openPieces);
            trimTrailingComma(pieces);
            if (!pieces.isEmpty()) {
                quotes.add(new RawQuote(pieces, openMark, closeMark));
            }
        }
        openPieces = null;
    }

    /** "…the United States,” says X": the comma belongs to the attribution, not to the speaker. */
    private void trimTrailingComma(List<RawQuote.Piece> pieces) {
        RawQuote.Piece last = pieces.get(pieces.size() - 1);
        String text = passages.get(last.passage()).text();
        int end = last.end();
        while (end > last.start() && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        pieces.set(pieces.size() - 1, new RawQuote.Piece(last.passage(), last.start(), end));
        if (end == last.start()) {
            pieces.remove(pieces.size() - 1);
        }
    }

    private static boolean isQuoteMark(char c) {
        return c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„';
    }

    private static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '«' || c == '„') {
            return true;
        }
        if (c != '"') {
            return false;
        }
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean isClosing(String text, int i) {
        char c = text.charAt(i);
        return c == '”' || c == '»' || c == '"';
    }
}
