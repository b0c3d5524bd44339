package org.sourcelens.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the text of one block from pieces of HTML text while keeping link ranges exact. Spaces are
 * normalised piece by piece with {@link ResidueRules#normalizeSpaces} (the rule plain-text imports
 * use), carrying only "a space is due" across piece boundaries, so that the offsets recorded for a
 * link never shift afterwards.
 */
final class BlockTextBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<ArticleDraft.Link> links = new ArrayList<>();
    private boolean spaceDue;
    private String openHref;
    private int openStart = -1;

    void append(String raw) {
        // Framing the piece between two letters shows whether its edges collapse to a space under the same rule.
        String framed = ResidueRules.normalizeSpaces("x" + raw + "x");
        String inner = framed.substring(1, framed.length() - 1);
        String words = inner.strip();
        if (words.isEmpty()) {
            spaceDue |= !inner.isEmpty();
            return;
        }
        if ((spaceDue || inner.startsWith(" ")) && !text.isEmpty()) {
            text.append(' ');
        }
        if (openHref != null && openStart < 0) {
            openStart = text.length();
        }
        text.append(words);
        spaceDue = inner.endsWith(" ");
    }

    /** A line break or block edge inside the text: words on either side must not run together. */
    void breakWords() {
        spaceDue = true;
    }

    void openLink(String href) {
        closeLink();
        openHref = href;
        openStart = -1;
    }

    void closeLink() {
        if (openHref != null && openStart >= 0 && text.length() > openStart) {
            links.add(new ArticleDraft.Link(openStart, text.length(), openHref));
        }
        openHref = null;
        openStart = -1;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    ArticleDraft.Block toBlock(ParagraphKind kind) {
        closeLink();
        return new ArticleDraft.Block(kind, text.toString(), links);
    }
}
