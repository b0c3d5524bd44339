package org.sourcelens.article;

import org.sourcelens.article.sourcemap.SourceMap;

/** An article as its library page shows it to an instructor: the text, its source map and what they may do with it. */
public record ArticleDetails(ArticleContent content, ArticleVisibility visibility, boolean archived,
        boolean editable, SourceMap sourceMap) {
}
