package org.sourcelens.assignment;

import org.sourcelens.article.ArticleContent;

/** An assigned article opened in the reader, with the class it was assigned in. */
public record ReaderPage(long assignmentId, long classId, String className, ArticleContent article) {
}
