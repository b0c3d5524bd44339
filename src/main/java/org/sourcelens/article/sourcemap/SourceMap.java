package org.sourcelens.article.sourcemap;

import java.util.List;

/**
 * Everything the analysis found. Speakers are ordered by how often they are quoted, then by first
 * mention; every other list is in reading order.
 */
public record SourceMap(List<Speaker> speakers, List<UnnamedSource> unnamedSources, List<Citation> citations,
        List<Figure> figures, List<Marker> hedges, List<Marker> loadedWords) {

    public SourceMap {
        speakers = List.copyOf(speakers);
        unnamedSources = List.copyOf(unnamedSources);
        citations = List.copyOf(citations);
        figures = List.copyOf(figures);
        hedges = List.copyOf(hedges);
        loadedWords = List.copyOf(loadedWords);
    }
}
