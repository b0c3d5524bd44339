package org.sourcelens.article.sourcemap;

import java.util.List;

/**
 * A cited outlet or document. Repeated citations of the same thing are merged into one.
 *
 * @param source what is cited: "Exit.al", "NBC News", "threat assessment"
 * @param detail what the text adds to it: a date for inline citations and notes, a description
 *               for outlets and notes, the issuer for documents; empty when the text gives none
 * @param span   the first place it is cited
 * @param spans  every place it is cited, in reading order, starting with {@code span}
 */
public record Citation(String source, CitationKind kind, String detail, TextSpan span, List<TextSpan> spans) {

    public Citation {
        spans = List.copyOf(spans);
    }

    public Citation(String source, CitationKind kind, String detail, TextSpan span) {
        this(source, kind, detail, span, List.of(span));
    }
}
