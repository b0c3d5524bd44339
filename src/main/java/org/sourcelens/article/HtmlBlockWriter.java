package org.sourcelens.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns sanitised article HTML into the draft's blocks: headings, paragraphs, quoted paragraphs and
 * list items, each as plain text with its links as character ranges. It expects only the tags the
 * {@link HtmlSanitizer} lets through. Nesting deeper than any real article is flattened to text,
 * so a hostile page of a million nested quotes cannot exhaust the stack.
 */
final class HtmlBlockWriter {

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote",
            "ul", "ol", "li");
    private static final int MAX_NESTING = 100;

    private final List<ArticleDraft.Block> blocks = new ArrayList<>();

    private HtmlBlockWriter() {
    }

    static List<ArticleDraft.Block> blocks(Element sanitisedBody) {
        HtmlBlockWriter writer = new HtmlBlockWriter();
        writer.container(sanitisedBody, ParagraphKind.PARAGRAPH, 0);
        return List.copyOf(writer.blocks);
    }

    /** Block children become blocks; loose text between them becomes paragraphs of {@code kind}. */
    private void container(Element container, ParagraphKind kind, int depth) {
        List<Node> loose = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
                paragraphs(loose, kind, depth);
                loose.clear();
                block(element, kind, depth + 1);
            } else {
                loose.add(child);
            }
        }
        paragraphs(loose, kind, depth);
    }

    private void block(Element element, ParagraphKind kind, int depth) {
        String tag = element.normalName();
        if (depth > MAX_NESTING) {
            BlockTextBuilder text = new BlockTextBuilder();
            text.append(element.text());
            emit(text, kind);
        } else if (HEADINGS.contains(tag)) {
            emit(inlineText(element.childNodes(), depth), ParagraphKind.HEADING);
        } else if (tag.equals("p")) {
            paragraphs(element.childNodes(), kind, depth);
        } else if (tag.equals("blockquote")) {
            container(element, ParagraphKind.QUOTE, depth);
        } else if (tag.equals("li")) {
            listItem(element, depth);
        } else {
            container(element, kind, depth);
        }
    }

    /** A list item's own text is one block; lists nested in it follow as blocks of their own. */
    private void listItem(Element item, int depth) {
        List<Node> own = new ArrayList<>();
        List<Element> nestedLists = new ArrayList<>();
        for (Node child : item.childNodes()) {
            if (child instanceof Element element && (element.nameIs("ul") || element.nameIs("ol"))) {
                nestedLists.add(element);
            } else {
                own.add(child);
            }
        }
        emit(inlineText(own, depth), ParagraphKind.LIST_ITEM);
        nestedLists.forEach(list -> block(list, ParagraphKind.LIST_ITEM, depth + 1));
    }

    /** Old pages separate paragraphs with two line breaks instead of paragraph tags: each run is a paragraph. */
    private void paragraphs(List<Node> nodes, ParagraphKind kind, int depth) {
        BlockTextBuilder text = new BlockTextBuilder();
        boolean afterBreak = false;
        for (Node node : nodes) {
            boolean lineBreak = node instanceof Element element && element.nameIs("br");
            if (lineBreak && afterBreak) {
                emit(text, kind);
                text = new BlockTextBuilder();
            } else {
                inline(node, text, depth);
            }
            if (lineBreak) {
                afterBreak = true;
            } else if (!(node instanceof TextNode space && space.isBlank())) {
                afterBreak = false;
            }
        }
        emit(text, kind);
    }

    private BlockTextBuilder inlineText(List<Node> nodes, int depth) {
        BlockTextBuilder text = new BlockTextBuilder();
        nodes.forEach(node -> inline(node, text, depth));
        return text;
    }

    private void inline(Node node, BlockTextBuilder text, int depth) {
        if (node instanceof TextNode textNode) {
            text.append(textNode.getWholeText());
        } else if (node instanceof Element element) {
            if (depth > MAX_NESTING) {
                text.append(element.text());
                return;
            }
            switch (element.normalName()) {
                case "br" -> text.breakWords();
                case "a" -> link(element, text, depth);
                case "q" -> {
                    text.append("“");
                    children(element, text, depth);
                    text.append("”");
                }
                default -> {
                    boolean separate = BLOCKS.contains(element.normalName());
                    if (separate) {
                        text.breakWords();
                    }
                    children(element, text, depth);
                    if (separate) {
                        text.breakWords();
                    }
                }
            }
        }
    }

    private void link(Element link, BlockTextBuilder text, int depth) {
        var href = LinkAddresses.clean(link.attr("href"), null);
        href.ifPresent(text::openLink);
        children(link, text, depth);
        if (href.isPresent()) {
            text.closeLink();
        }
    }

    private void children(Element element, BlockTextBuilder text, int depth) {
        element.childNodes().forEach(child -> inline(child, text, depth + 1));
    }

    private void emit(BlockTextBuilder text, ParagraphKind kind) {
        if (!text.isEmpty()) {
            blocks.add(text.toBlock(kind));
        }
    }
}
