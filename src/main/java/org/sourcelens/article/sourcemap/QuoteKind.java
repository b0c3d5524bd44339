package org.sourcelens.article.sourcemap;

/** Whether a speaker's words are reproduced in quotation marks or reported in the writer's words. */
public enum QuoteKind {
    DIRECT,
    INDIRECT
}
