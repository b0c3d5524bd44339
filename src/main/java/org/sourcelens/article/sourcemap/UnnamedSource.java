package org.sourcelens.article.sourcemap;

/** A source the article leans on without naming it: "officials said", "there have been reports". */
public record UnnamedSource(String phrase, TextSpan span) {
}
