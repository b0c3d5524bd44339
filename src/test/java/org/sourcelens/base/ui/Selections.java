package org.sourcelens.base.ui;

/** Plays the browser's part for Karibu tests: reports a selection made in a {@link SelectableText}. */
public final class Selections {

    private Selections() {
    }

    public static void select(SelectableText text, String startAnchor, int startOffset, String endAnchor,
            int endOffset, String quote) {
        text.changed(new SelectableText.Selected(startAnchor, startOffset, endAnchor, endOffset, quote));
    }
}
