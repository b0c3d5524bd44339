package org.sourcelens.article.sourcemap;

import java.util.List;

/** One block of the source text, with the words and sentences every finder needs. */
record Passage(int index, String anchor, String text, List<Word> words, List<Range> sentences) {

    static Passage of(int index, SourceText.Block block) {
        return new Passage(index, block.anchor(), block.text(), Words.of(block.text()), Sentences.of(block.text()));
    }

    boolean isNote() {
        return anchor.startsWith("note-");
    }

    TextSpan span(int start, int end) {
        return new TextSpan(anchor, start, end, text.substring(start, end));
    }

    /** The span with surrounding white space and the given trailing characters removed. */
    TextSpan trimmedSpan(int start, int end, String trailing) {
        int s = Words.skipSpaces(text, start);
        int e = end;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || trailing.indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return span(s, Math.max(s, e));
    }

    /** The sentence holding {@code offset}, or an empty range there when it falls between sentences. */
    Range sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Range sentence = sentences.get(mid);
            if (offset < sentence.start()) {
                high = mid - 1;
            } else if (offset >= sentence.end()) {
                low = mid + 1;
            } else {
                return sentence;
            }
        }
        return new Range(offset, offset);
    }
}
