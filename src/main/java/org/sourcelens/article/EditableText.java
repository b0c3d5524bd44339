package org.sourcelens.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain editing format of an article version (see {@link EditableArticle}). What the instructor
 * types is taken as it stands: no residue rules, only the block markers. Links survive on blocks
 * whose text is unchanged.
 */
final class EditableText {

    private static final String HEADING = "## ";
    private static final String QUOTE = "> ";
    private static final String LIST_ITEM = "- ";

    private EditableText() {
    }

    static String format(List<ArticleContent.Paragraph> paragraphs) {
        List<String> blocks = new ArrayList<>();
        for (ArticleContent.Paragraph paragraph : paragraphs) {
            String prefix = switch (paragraph.kind()) {
                case HEADING -> HEADING;
                case QUOTE -> QUOTE;
                case LIST_ITEM -> LIST_ITEM;
                case PARAGRAPH -> "";
            };
            blocks.add(prefix + paragraph.text());
        }
        return String.join("\n\n", blocks);
    }

    static List<ArticleDraft.Block> parse(String text, List<ArticleContent.Paragraph> previous) {
        Map<String, List<ArticleDraft.Link>> linksByText = new HashMap<>();
        previous.forEach(p -> linksByText.putIfAbsent(p.text(), p.links()));
        List<ArticleDraft.Block> blocks = new ArrayList<>();
        for (RawBlock raw : ResidueRules.blocks(text == null ? "" : text)) {
            String body = raw.text();
            ParagraphKind kind = ParagraphKind.PARAGRAPH;
            if (body.startsWith(HEADING)) {
                kind = ParagraphKind.HEADING;
                body = body.substring(HEADING.length()).strip();
            } else if (body.startsWith(QUOTE)) {
                kind = ParagraphKind.QUOTE;
                body = body.substring(QUOTE.length()).strip();
            } else if (body.startsWith(LIST_ITEM)) {
                kind = ParagraphKind.LIST_ITEM;
                body = body.substring(LIST_ITEM.length()).strip();
            }
            if (!body.isEmpty()) {
                blocks.add(new ArticleDraft.Block(kind, body, linksByText.getOrDefault(body, List.of())));
            }
        }
        return blocks;
    }

    static List<String> parseNotes(String notes) {
        return (notes == null ? "" : notes).lines().map(ResidueRules::normalizeSpaces)
                .filter(line -> !line.isEmpty()).toList();
    }
}
