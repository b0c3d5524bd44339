package org.sourcelens.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/**
 * Turns a plain-text article as scraped from the web into a draft: title, byline and publication
 * lines, clean paragraphs and headings, and numbered notes, with the residue rules applied in order.
 */
final class PlainTextArticleParser {

    private static final Pattern BYLINE = Pattern.compile("^[Bb]y\\s+(\\p{Lu}[^.!?]{1,100})$");
    private static final Pattern PUBLICATION = Pattern.compile("(?i)^(publication|published in|outlet)\\s*:\\s*(.+)$");
    private static final Pattern ISSUE_DETAILS = Pattern.compile("(?i)\\s+(volume|vol\\.|issue|no\\.)\\s*:?.*$");
    private static final int MAX_TITLE_WORDS = 40;

    private PlainTextArticleParser() {
    }

    static ArticleDraft parse(String raw) {
        List<String> log = new ArrayList<>();
        List<RawBlock> blocks = ResidueRules.blocks(raw == null ? "" : raw);
        if (blocks.isEmpty()) {
            throw new ValidationException(Message.of("article.refused.theTextIsEmptyPaste"));
        }
        blocks = ResidueRules.dropLeadingChrome(blocks, log);
        blocks = ResidueRules.dropCaptionsAndCredits(blocks, log);
        blocks = ResidueRules.dropRepeatedBlocks(blocks, log);

        String title = null;
        if (!blocks.isEmpty() && blocks.getFirst().isSingleLine()
                && blocks.getFirst().wordCount() <= MAX_TITLE_WORDS) {
            title = blocks.removeFirst().text();
        }
        String author = null;
        String outlet = null;
        while (!blocks.isEmpty() && blocks.getFirst().isSingleLine()) {
            String line = blocks.getFirst().text();
            Matcher byline = BYLINE.matcher(line);
            Matcher publication = PUBLICATION.matcher(line);
            if (byline.matches() && author == null) {
                author = byline.group(1).strip();
            } else if (publication.matches() && outlet == null) {
                outlet = ISSUE_DETAILS.matcher(publication.group(2)).replaceFirst("").strip();
            } else {
                break;
            }
            log.add("Read \"" + line + "\" as the article's metadata, not its text.");
            blocks.removeFirst();
        }

        List<String> notes = List.of();
        int notesHeading = ResidueRules.notesHeadingIndex(blocks);
        if (notesHeading >= 0) {
            List<RawBlock> notesSection = ResidueRules.dropTrailingNavigation(
                    blocks.subList(notesHeading + 1, blocks.size()), log);
            notes = ResidueRules.notes(notesSection, log);
            blocks = new ArrayList<>(blocks.subList(0, notesHeading));
        }
        blocks = ResidueRules.dropTrailingNavigation(blocks, log);

        List<ArticleDraft.Block> paragraphs = blocks.stream()
                .map(block -> new ArticleDraft.Block(
                        ResidueRules.isHeading(block) ? ParagraphKind.HEADING : ParagraphKind.PARAGRAPH, block.text()))
                .toList();
        if (paragraphs.stream().noneMatch(p -> p.kind() == ParagraphKind.PARAGRAPH)) {
            throw new ValidationException(Message.of("article.refused.noRunningText"));
        }
        ArticleMetadata metadata = new ArticleMetadata(title, outlet, null, author, null, null, null);
        return new ArticleDraft(metadata, paragraphs, notes, List.copyOf(log));
    }
}
