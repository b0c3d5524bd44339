package org.sourcelens.article;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/**
 * Turns a Markdown article into a draft by rendering it to HTML and reading that like a web page,
 * so both formats share one sanitiser and one set of clean-up rules. Raw HTML written into the
 * Markdown is never passed through: inline tags are dropped (their words stay, as they are separate
 * text) and HTML blocks are reduced to their readable text.
 */
final class MarkdownArticleParser {

    private static final int MAX_NESTING = 100;
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownArticleParser() {
    }

    static ArticleDraft parse(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        if (nestingDepth(document) > MAX_NESTING) {
            throw new ValidationException(Message.of("article.refused.thisMarkdownNestsQuotesOr", MAX_NESTING));
        }
        int rawHtml = replaceRawHtml(document);
        String html = "<!DOCTYPE html><html><head></head><body><article>" + RENDERER.render(document)
                + "</article></body></html>";
        ArticleDraft draft = HtmlArticleParser.parse(html, null);
        if (rawHtml == 0) {
            return draft;
        }
        List<String> log = new ArrayList<>();
        log.add("Removed " + (rawHtml == 1 ? "1 piece" : rawHtml + " pieces")
                + " of HTML written into the Markdown; only their text was kept.");
        log.addAll(draft.cleanupLog());
        return new ArticleDraft(draft.metadata(), draft.paragraphs(), draft.notes(), List.copyOf(log));
    }

    /**
     * Measured without recursion: rendering recurses once per level, so an absurdly nested
     * document must be turned away before it is rendered.
     */
    private static int nestingDepth(Node document) {
        int depth = 0;
        int deepest = 0;
        Node node = document;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                deepest = Math.max(deepest, ++depth);
            } else {
                while (node != null && node.getNext() == null) {
                    node = node.getParent();
                    depth--;
                }
                node = node == null ? null : node.getNext();
            }
        }
        return deepest;
    }

    private static int replaceRawHtml(Node document) {
        List<Node> rawHtml = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline htmlInline) {
                rawHtml.add(htmlInline);
            }

            @Override
            public void visit(HtmlBlock htmlBlock) {
                rawHtml.add(htmlBlock);
            }
        });
        rawHtml.forEach(MarkdownArticleParser::replaceWithText);
        return rawHtml.size();
    }

    private static void replaceWithText(Node rawHtml) {
        if (rawHtml instanceof HtmlBlock block) {
            org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(block.getLiteral());
            fragment.select("script, style, template, noscript, iframe, object, embed, svg, math, textarea").remove();
            String text = ResidueRules.normalizeSpaces(fragment.body().text());
            if (!text.isEmpty()) {
                Paragraph paragraph = new Paragraph();
                paragraph.appendChild(new Text(text));
                block.insertBefore(paragraph);
            }
        }
        rawHtml.unlink();
    }
}
