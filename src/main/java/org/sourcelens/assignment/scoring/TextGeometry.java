package org.sourcelens.assignment.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The paragraphs of one article version in reading order, with their text lengths. Passages are
 * anchored per paragraph; scoring needs them as article-wide ranges so that a passage crossing
 * paragraphs can be compared with one that does not. Lengths and offsets count UTF-16 chars, as both
 * Java strings and browser selections do.
 */
public record TextGeometry(List<Block> blocks) {

    /** One paragraph: its anchor ("p1", "p2", …) and the length of its text. */
    public record Block(String anchor, int length) {

        public Block {
            Objects.requireNonNull(anchor, "anchor");
            if (length < 0) {
                throw new IllegalArgumentException("Block " + anchor + " has a negative length: " + length);
            }
        }
    }

    public TextGeometry {
        blocks = List.copyOf(blocks);
        var anchors = new HashSet<String>();
        for (Block block : blocks) {
            if (!anchors.add(block.anchor())) {
                throw new IllegalArgumentException("Anchor appears twice: " + block.anchor());
            }
        }
    }

    /** The geometry of paragraphs given as parallel lists of anchors and texts. */
    public static TextGeometry of(List<String> anchors, List<String> texts) {
        if (anchors.size() != texts.size()) {
            throw new IllegalArgumentException(
                    anchors.size() + " anchors but " + texts.size() + " paragraph texts");
        }
        var blocks = new ArrayList<Block>(anchors.size());
        for (int i = 0; i < anchors.size(); i++) {
            blocks.add(new Block(anchors.get(i), texts.get(i).length()));
        }
        return new TextGeometry(blocks);
    }

    /**
     * The article-wide offset of a position, with the paragraphs laid end to end. An offset may equal
     * the paragraph's length, because a passage's end lies just after its last character.
     *
     * @throws IllegalArgumentException for an unknown anchor or an offset outside the paragraph
     */
    public int globalOffset(String anchor, int offset) {
        int start = 0;
        for (Block block : blocks) {
            if (block.anchor().equals(anchor)) {
                if (offset < 0 || offset > block.length()) {
                    throw new IllegalArgumentException("Offset " + offset + " is outside paragraph " + anchor
                            + " of length " + block.length());
                }
                return start + offset;
            }
            start += block.length();
        }
        throw new IllegalArgumentException("Unknown paragraph anchor: " + anchor);
    }
}
