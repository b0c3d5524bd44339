package org.sourcelens.article;

/**
 * Told, inside the editing transaction, when an article gets a new text version, so that whatever
 * points into the old text (highlights) can follow it; says what became of those pointers.
 */
public interface ArticleVersionListener {

    ReanchorReport textChanged(long articleId, int oldVersion, ArticleContent newVersion);
}
