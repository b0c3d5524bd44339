package org.sourcelens.article.sourcemap;

import java.util.List;
import java.util.Objects;

/**
 * One attributed statement. For {@link QuoteKind#DIRECT} the span holds the quoted words, for
 * {@link QuoteKind#INDIRECT} the reported clause.
 *
 * @param span        the first (usually only) piece of the quote
 * @param parts       every piece in reading order, starting with {@code span}; a quote that runs over
 *                    several paragraphs has one piece per paragraph but is still one quote
 * @param attribution the words that tie the quote to its speaker ("says Jazexhi", "according to X");
 *                    for a quote that carries on from the speaker's previous one, that quote's attribution
 */
public record Quote(QuoteKind kind, TextSpan span, List<TextSpan> parts, TextSpan attribution) {

    public Quote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        parts = List.copyOf(parts);
        Objects.requireNonNull(attribution, "attribution");
    }

    public Quote(QuoteKind kind, TextSpan span) {
        this(kind, span, List.of(span), span);
    }
}
