package org.sourcelens.annotation.anchoring;

/** How a highlight was found again in a newer version of its article, from most to least certain. */
public enum AnchorMethod {
    /** The old position still holds the quoted text. */
    POSITION,
    /** The quoted text occurs verbatim elsewhere; its context chose among occurrences. */
    QUOTE_EXACT,
    /** The quoted text was found with small edits (words, punctuation, whitespace, case). */
    QUOTE_FUZZY,
    /** The quoted text is gone; the highlight must be shown to its owner, not dropped. */
    ORPHAN
}
