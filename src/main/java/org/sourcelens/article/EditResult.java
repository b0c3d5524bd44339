package org.sourcelens.article;

/** The outcome of saving an edit: the article's version now, and what happened to highlights on the text. */
public record EditResult(int versionNo, ReanchorReport highlights) {
}
