package org.sourcelens.article.sourcemap;

/**
 * A number stated in the article with what it counts.
 *
 * @param text       the figure as written, with its qualifier and what it counts: "more than 4,000 members"
 * @param value      the number, or {@code null} for vague quantities such as "thousands"
 * @param subject    the head noun it counts, lower-case, as written ("members", "years"); empty if none
 * @param qualifier  the hedge on the number as written, lower-case ("more than", "some"); empty if none
 * @param upperValue the upper end of a range ("500-2,000"), otherwise {@code null}
 */
public record Figure(String text, Double value, String subject, TextSpan span, String qualifier, Double upperValue) {

    public Figure(String text, Double value, String subject, TextSpan span) {
        this(text, value, subject, span, "", null);
    }
}
