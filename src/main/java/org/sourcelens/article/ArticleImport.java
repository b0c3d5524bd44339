package org.sourcelens.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one entry point for turning what an instructor brings (an uploaded file or pasted text) into
 * a draft for the import preview: it decides which parser reads it, and puts what was noticed while
 * reading the file at the front of the clean-up log, where the instructor looks first.
 */
final class ArticleImport {

    /** Tags that only an HTML copy contains; pasted prose rarely starts with "<" and never holds these. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<(/?(html|head|body|article|main|section|div|p|span|h[1-6]|ul|ol|li|a|br|blockquote|em|strong|b|i"
                    + "|table|figure|meta|title|script|style)\\b[^>]*|!doctype\\s+html[^>]*)>");

    private static final int SNIFF_CHARS = 20_000;

    private ArticleImport() {
    }

    static ArticleDraft draft(String fileName, byte[] bytes) {
        UploadedText.Decoded decoded = UploadedText.decode(fileName, bytes);
        ArticleDraft draft = switch (decoded.format()) {
            case "html" -> HtmlArticleParser.parse(decoded.text(), null);
            case "markdown" -> MarkdownArticleParser.parse(decoded.text());
            default -> PlainTextArticleParser.parse(decoded.text());
        };
        return withNotesFirst(decoded.notes(), draft);
    }

    /** Pasted text is HTML when it starts with a tag, Markdown when it starts with a "# " heading, else plain text. */
    static ArticleDraft draftFromPaste(String text) {
        String pasted = text == null ? "" : text.replace("\uFEFF", "");
        String start = pasted.stripLeading();
        if (start.startsWith("<") && HTML_TAG.matcher(start).region(0, Math.min(start.length(), SNIFF_CHARS)).find()) {
            return HtmlArticleParser.parse(pasted, null);
        }
        if (start.startsWith("# ")) {
            return MarkdownArticleParser.parse(pasted);
        }
        return PlainTextArticleParser.parse(pasted);
    }

    private static ArticleDraft withNotesFirst(List<String> notes, ArticleDraft draft) {
        if (notes.isEmpty()) {
            return draft;
        }
        List<String> log = new ArrayList<>(notes);
        log.addAll(draft.cleanupLog());
        return new ArticleDraft(draft.metadata(), draft.paragraphs(), draft.notes(), List.copyOf(log));
    }
}
