package org.sourcelens.annotation.anchoring;

import java.util.ArrayList;
import java.util.List;

/** Made-up articles for the anchoring tests. */
final class Articles {

    private Articles() {
    }

    /** Paragraphs anchored "p1", "p2", … in order, as the reader numbers them. */
    static List<TextBlock> blocks(String... paragraphs) {
        var blocks = new ArrayList<TextBlock>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new TextBlock("p" + (i + 1), paragraphs[i]));
        }
        return List.copyOf(blocks);
    }

    /** The blocks of a text whose paragraphs are separated by "\n". */
    static List<TextBlock> split(String text) {
        return blocks(text.split("\n", -1));
    }

    /** The position of the only occurrence of this text in the joined blocks. */
    static Position positionOf(List<TextBlock> blocks, String quote) {
        ArticleText article = ArticleText.of(blocks);
        int start = article.text().indexOf(quote);
        if (start < 0 || article.text().indexOf(quote, start + 1) >= 0) {
            throw new IllegalArgumentException("Not exactly one occurrence of " + quote);
        }
        return article.position(start, start + quote.length());
    }

    /** The position of the n-th (from 0) occurrence of this text in the joined blocks. */
    static Position positionOf(List<TextBlock> blocks, String quote, int occurrence) {
        String text = ArticleText.of(blocks).text();
        int start = text.indexOf(quote);
        for (int i = 0; i < occurrence; i++) {
            start = text.indexOf(quote, start + 1);
        }
        return ArticleText.of(blocks).position(start, start + quote.length());
    }

    /** The selector of a highlight of the only occurrence of this text. */
    static Selector highlight(List<TextBlock> blocks, String quote) {
        return Anchors.describe(blocks, positionOf(blocks, quote));
    }

    /** The text a position covers in these blocks. */
    static String textAt(List<TextBlock> blocks, Position position) {
        return Anchors.describe(blocks, position).exact();
    }
}
