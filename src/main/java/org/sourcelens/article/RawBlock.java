package org.sourcelens.article;

import java.util.List;

/** A run of non-blank lines from raw text, each line with its whitespace normalised. */
record RawBlock(List<String> lines) {

    RawBlock {
        lines = List.copyOf(lines);
    }

    static RawBlock of(String... lines) {
        return new RawBlock(List.of(lines));
    }

    String text() {
        return String.join(" ", lines);
    }

    boolean isSingleLine() {
        return lines.size() == 1;
    }

    int wordCount() {
        String text = text().strip();
        return text.isEmpty() ? 0 : text.split(" ").length;
    }

    String lastLine() {
        return lines.getLast();
    }

    RawBlock withoutLastLine() {
        return new RawBlock(lines.subList(0, lines.size() - 1));
    }
}
