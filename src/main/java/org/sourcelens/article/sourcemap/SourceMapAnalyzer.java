package org.sourcelens.article.sourcemap;

import java.util.Objects;

/** Computes the {@link SourceMap} of an article. Pure and thread-safe. */
public final class SourceMapAnalyzer {

    private SourceMapAnalyzer() {
    }

    public static SourceMap analyze(SourceText text) {
        Objects.requireNonNull(text, "text");
        ArticleText article = ArticleText.of(text);
        NameIndex names = NameIndex.build(article);
        return new SourceMap(
                new SpeakerFinder(article, names).find(),
                new UnnamedSourceFinder(article, names).find(),
                new CitationFinder(article, names).find(),
                new FigureFinder(article).find(),
                MarkerFinder.HEDGES.find(article),
                MarkerFinder.LOADED_WORDS.find(article));
    }
}
