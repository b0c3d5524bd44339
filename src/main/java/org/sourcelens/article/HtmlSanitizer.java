package org.sourcelens.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces article HTML to its structure with jsoup's {@link Cleaner}: headings, paragraphs, quotes,
 * lists, emphasis and web or e-mail links, nothing else. Whatever a hostile page hides in scripts,
 * event handlers, styles, frames, SVG or odd link schemes is dropped by the allow-list, not by
 * recognising each trick. Text that sat loose in layout boxes is first put into paragraphs, so that
 * it does not run together once those boxes are unwrapped.
 */
final class HtmlSanitizer {

    private static final Safelist STRUCTURE = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote", "ul", "ol", "li",
                    "a", "em", "strong", "b", "i", "br", "q", "cite")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    /** Tags that start a new line of text in a browser. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "ul", "ol", "li", "dl", "dt", "dd", "div", "section", "article", "main", "header", "footer", "nav",
            "aside", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "figure",
            "figcaption", "address", "hr", "details", "summary", "center", "form", "fieldset", "legend", "dialog",
            "hgroup", "menu", "body");
    /** Blocks whose whole content is one piece of text, whatever is inside them. */
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol");

    private HtmlSanitizer() {
    }

    /** The sanitised content of {@code article}, as the body of a new document; {@code article} is consumed. */
    static Element clean(Element article) {
        wrapLooseText(article);
        Document dirty = Document.createShell("");
        dirty.body().appendChild(article);
        return new Cleaner(STRUCTURE).clean(dirty).body();
    }

    private static void wrapLooseText(Element root) {
        Set<Element> holdsBlocks = elementsHoldingBlocks(root);
        for (Element element : root.getAllElements()) {
            String tag = element.normalName();
            if (!TEXT_BLOCKS.contains(tag) && (BLOCK_TAGS.contains(tag) || holdsBlocks.contains(element))) {
                wrapInlineRuns(element, holdsBlocks);
            }
        }
    }

    /** Elements with a block somewhere inside them, found in one pass so deep pages stay fast. */
    private static Set<Element> elementsHoldingBlocks(Element root) {
        Set<Element> holdsBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && node != root && node.parent() instanceof Element parent
                        && (BLOCK_TAGS.contains(element.normalName()) || holdsBlocks.contains(element))) {
                    holdsBlocks.add(parent);
                }
            }
        }, root);
        return holdsBlocks;
    }

    private static void wrapInlineRuns(Element container, Set<Element> holdsBlocks) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(container.childNodes())) {
            boolean inline = child instanceof Element element
                    ? !BLOCK_TAGS.contains(element.normalName()) && !holdsBlocks.contains(element)
                    : true;
            if (inline) {
                run.add(child);
            } else {
                wrapInParagraph(run);
                run = new ArrayList<>();
            }
        }
        wrapInParagraph(run);
    }

    private static void wrapInParagraph(List<Node> run) {
        boolean hasText = run.stream().anyMatch(node -> node instanceof TextNode text ? !text.isBlank()
                : node instanceof Element element && element.hasText());
        if (!hasText) {
            return;
        }
        Element paragraph = new Element("p");
        run.getFirst().before(paragraph);
        run.forEach(paragraph::appendChild);
    }
}
