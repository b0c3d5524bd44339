package org.sourcelens.article.sourcemap;

import java.util.List;

/**
 * A person the article quotes by name.
 *
 * @param name         the fullest form of the name the text uses, without titles such as "Dr"
 * @param roles        titles and descriptions the text attaches to the person, in reading order
 * @param quotes       all direct and indirect quotes, in reading order
 * @param firstMention where the person is first named, quoted or not
 */
public record Speaker(String name, List<String> roles, int directQuotes, int indirectQuotes,
        List<Quote> quotes, TextSpan firstMention) {

    public Speaker {
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
    }

    public int totalQuotes() {
        return directQuotes + indirectQuotes;
    }
}
