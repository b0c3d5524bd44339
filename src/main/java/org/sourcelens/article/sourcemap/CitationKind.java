package org.sourcelens.article.sourcemap;

/** How a citation appears in the article. */
public enum CitationKind {
    /** A parenthesised reference in the running text: "(Exit.al, March 14)". */
    INLINE,
    /** A numbered note at the end of the article. */
    NOTE,
    /** A media outlet named as a source in the running text: "told TRT World". */
    OUTLET,
    /** A document the article relies on: "a threat assessment", "the Albanian penal code". */
    DOCUMENT
}
