package org.sourcelens.article;

import java.util.ArrayList;
import java.util.List;
import org.sourcelens.article.sourcemap.SourceMap;
import org.sourcelens.article.sourcemap.SourceMapAnalyzer;
import org.sourcelens.article.sourcemap.SourceText;

/**
 * Source maps of article text. Anchors are the reader's: "p1", "p2", ... for paragraphs and
 * "note-1", ... for notes, so every item of a map points at its place on the page.
 */
public final class SourceMaps {

    private SourceMaps() {
    }

    public static SourceMap of(ArticleContent content) {
        List<SourceText.Block> blocks = new ArrayList<>();
        content.paragraphs().forEach(p -> blocks.add(new SourceText.Block(p.anchor(), p.text())));
        content.notes().forEach(n -> blocks.add(new SourceText.Block("note-" + n.number(), n.text())));
        return SourceMapAnalyzer.analyze(new SourceText(blocks));
    }

    static SourceMap of(ArticleDraft draft) {
        List<SourceText.Block> blocks = new ArrayList<>();
        for (int i = 0; i < draft.paragraphs().size(); i++) {
            blocks.add(new SourceText.Block(ArticleParagraph.anchorFor(i + 1), draft.paragraphs().get(i).text()));
        }
        for (int i = 0; i < draft.notes().size(); i++) {
            blocks.add(new SourceText.Block("note-" + (i + 1), draft.notes().get(i)));
        }
        return SourceMapAnalyzer.analyze(new SourceText(blocks));
    }

    /** The source map of a file as it would be imported, without storing anything (for the command line). */
    public static SourceMap ofFile(String fileName, byte[] bytes) {
        return of(ArticleImport.draft(fileName, bytes));
    }
}
