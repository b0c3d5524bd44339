package org.sourcelens.article;

import java.time.Instant;

/** An article in a list: enough to recognise and pick it. */
public record ArticleSummary(long id, String title, String outlet, Instant importedAt) {
}
