package org.sourcelens.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * The reader's text selection as the server needs it: paragraph anchors ({@code data-anchor}) and
 * character offsets within them, plus the selected text. The browser's word is never trusted: the
 * services check positions against the stored text.
 */
public final class TextSelection {

    /** A selection inside one article root, from one paragraph offset to another. */
    public record Selected(String startAnchor, int startOffset, String endAnchor, int endOffset, String text) {
    }

    /**
     * Remembers the last selection made inside an element with class {@code selectable-text}:
     * pressing a button can collapse the selection on touch screens before the button's action runs.
     */
    private static final String REMEMBER = """
            if (!window.sourcelensSelectionWatch) {
              window.sourcelensSelectionWatch = true;
              document.addEventListener('selectionchange', () => {
                const selection = window.getSelection();
                if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
                const range = selection.getRangeAt(0);
                const start = range.startContainer.nodeType === Node.ELEMENT_NODE
                    ? range.startContainer : range.startContainer.parentElement;
                if (start && start.closest('.selectable-text')) window.sourcelensLastRange = range.cloneRange();
              });
            }
            """;

    private static final String READ = """
            const root = document.getElementById($0);
            const selection = window.getSelection();
            const range = selection && !selection.isCollapsed && selection.rangeCount > 0
                ? selection.getRangeAt(0) : window.sourcelensLastRange;
            if (!root || !range || range.collapsed) return '';
            const locate = (node, offset) => {
              const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
              const block = element && element.closest('[data-anchor]');
              if (!block || !root.contains(block)) return null;
              const before = document.createRange();
              before.selectNodeContents(block);
              before.setEnd(node, offset);
              return [block.dataset.anchor, before.toString().length];
            };
            const start = locate(range.startContainer, range.startOffset);
            const end = locate(range.endContainer, range.endOffset);
            if (!start || !end) return '';
            window.sourcelensLastRange = null;
            return [start[0], start[1], end[0], end[1], range.toString()].join('|');
            """;

    private TextSelection() {
    }

    /** Starts remembering selections in {@code selectable-text} elements of the page the component is on. */
    public static void remember(Component page) {
        page.getElement().executeJs(REMEMBER);
    }

    /** Reads the selection inside the element with id {@code rootId}; the callback gets null when there is none. */
    public static void read(Component page, String rootId, Consumer<Selected> callback) {
        page.getElement().executeJs(READ, rootId).then(String.class, selected -> {
            String[] parts = selected == null ? new String[0] : selected.split("\\|", 5);
            callback.accept(parts.length < 5 ? null : new Selected(parts[0], Integer.parseInt(parts[1]), parts[2],
                    Integer.parseInt(parts[3]), parts[4]));
        });
    }
}
