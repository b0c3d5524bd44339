package org.sourcelens.article.sourcemap;

/**
 * A hedge or loaded word. {@code word} is the dictionary form ("terrorist"); the span holds the
 * form the text uses ("terrorists").
 */
public record Marker(String word, TextSpan span) {
}
