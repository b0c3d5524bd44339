package org.sourcelens.article;

import java.time.Instant;

/** A row of the article library. */
public record LibraryEntry(long id, String title, String outlet, ArticleVisibility visibility, boolean archived,
        int versionNo, Instant importedAt, boolean mine) {
}
