package org.sourcelens.article.sourcemap;

import java.util.List;

/**
 * Words between a pair of quotation marks, possibly running over several paragraphs.
 *
 * @param pieces      the quoted words, one piece per passage, trimmed
 * @param openMark    offset of the opening mark in the first piece's passage
 * @param closeMark   offset of the closing mark in the last piece's passage, or -1 when the quote is
 *                    never closed and simply ends with its paragraph
 */
record RawQuote(List<Piece> pieces, int openMark, int closeMark) {

    record Piece(int passage, int start, int end) {
    }

    RawQuote {
        pieces = List.copyOf(pieces);
    }

    Piece first() {
        return pieces.get(0);
    }

    Piece last() {
        return pieces.get(pieces.size() - 1);
    }

    boolean closed() {
        return closeMark >= 0;
    }
}
