package org.sourcelens.annotation.anchoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The blocks of one article version joined into one text, with the conversions between (anchor,
 * offset) pairs and offsets in the joined text. Each block owns the offsets from its first character
 * up to and including the position just after its last one, so every offset of the joined text
 * belongs to exactly one block: the separator between two blocks counts as the end of the first.
 */
final class ArticleText {

    static final char SEPARATOR = '\n';

    private final List<TextBlock> blocks;
    private final String text;
    private final int[] starts;
    private final Map<String, Integer> indexByAnchor;

    private ArticleText(List<TextBlock> blocks, String text, int[] starts, Map<String, Integer> indexByAnchor) {
        this.blocks = blocks;
        this.text = text;
        this.starts = starts;
        this.indexByAnchor = indexByAnchor;
    }

    static ArticleText of(List<TextBlock> blocks) {
        List<TextBlock> copy = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        var joined = new StringBuilder();
        int[] starts = new int[copy.size()];
        var indexByAnchor = new HashMap<String, Integer>();
        for (int i = 0; i < copy.size(); i++) {
            TextBlock block = copy.get(i);
            if (indexByAnchor.put(block.anchor(), i) != null) {
                throw new IllegalArgumentException("Anchor appears twice: " + block.anchor());
            }
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            starts[i] = joined.length();
            joined.append(block.text());
        }
        return new ArticleText(copy, joined.toString(), starts, indexByAnchor);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** The offset in the joined text, or -1 when the anchor is unknown or the offset lies outside its block. */
    int offsetOrMinusOne(String anchor, int offset) {
        Integer index = indexByAnchor.get(anchor);
        if (index == null || offset < 0 || offset > blocks.get(index).text().length()) {
            return -1;
        }
        return starts[index] + offset;
    }

    /** The offset in the joined text; refuses unknown anchors and offsets outside their block. */
    int offsetOf(String anchor, int offset) {
        Integer index = indexByAnchor.get(anchor);
        if (index == null) {
            throw new IllegalArgumentException("No block with anchor " + anchor);
        }
        int length = blocks.get(index).text().length();
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException(
                    "Offset " + offset + " lies outside block " + anchor + " of length " + length);
        }
        return starts[index] + offset;
    }

    /** The start of the block with this anchor in the joined text, or -1 when there is none. */
    int blockStartOrMinusOne(String anchor) {
        Integer index = indexByAnchor.get(anchor);
        return index == null ? -1 : starts[index];
    }

    /** The start of the block that owns this offset of the joined text. */
    int blockStartAround(int offset) {
        return starts[blockAt(offset)];
    }

    /** The end (exclusive) of the block that owns this offset of the joined text. */
    int blockEndAround(int offset) {
        int index = blockAt(offset);
        return starts[index] + blocks.get(index).text().length();
    }

    /** The position of a range of the joined text. */
    Position position(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("Range " + start + ".." + end + " lies outside the text");
        }
        int first = blockAt(start);
        int last = blockAt(end);
        return new Position(blocks.get(first).anchor(), start - starts[first],
                blocks.get(last).anchor(), end - starts[last]);
    }

    private int blockAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
