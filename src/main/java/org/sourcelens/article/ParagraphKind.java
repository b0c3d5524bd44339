package org.sourcelens.article;

/** The structural role of a block of article text. */
public enum ParagraphKind {
    PARAGRAPH,
    HEADING,
    QUOTE,
    LIST_ITEM
}
