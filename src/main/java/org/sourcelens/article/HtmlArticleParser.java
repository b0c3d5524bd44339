package org.sourcelens.article;

import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/**
 * Turns a web page (pasted, uploaded, or saved from a browser) into a draft. The page is never
 * trusted: its article is cut out of the page furniture, sanitised down to text structure with an
 * allow-list, and only then read as blocks, so nothing active in the page can reach a student. The
 * clean-up rules of plain-text imports run afterwards, because saved pages carry the same residue.
 */
final class HtmlArticleParser {

    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(published|updated|posted|last updated|first published)\\b[^.!?]{0,60}\\d[^.!?]{0,40}$");
    private static final int METADATA_LINES_BEFORE_TEXT = 3;
    private static final int MAX_DEPTH = 128;

    private HtmlArticleParser() {
    }

    static ArticleDraft parse(String html, String baseUrl) {
        Document page = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
        keepOnlyTextBelow(page.body(), MAX_DEPTH);
        List<String> log = new ArrayList<>();
        Element body = findArticle(page, log);
        ArticleMetadata metadata = HtmlMetadataReader.read(page, body, baseUrl);
        URI linkBase = LinkAddresses.base(metadata.originalUrl()).or(() -> LinkAddresses.base(baseUrl)).orElse(null);
        Content content = sanitisedContent(body, linkBase, log);

        List<ArticleDraft.Block> blocks = new ArrayList<>(content.blocks());
        String byline = takeLeadingMetadataLines(blocks, log);
        blocks = applyResidueRules(blocks, log);
        List<ArticleDraft.Block> noteBlocks = new ArrayList<>(content.noteBlocks());
        int notesHeading = HtmlNotes.headingIndex(blocks);
        if (notesHeading >= 0) {
            noteBlocks.addAll(0, blocks.subList(notesHeading + 1, blocks.size()));
            blocks = blocks.subList(0, notesHeading);
        }
        blocks = dropTrailingNavigation(blocks, log);
        List<String> notes = HtmlNotes.fromBlocks(noteBlocks, log);
        refuseWithoutRunningText(blocks);
        ArticleMetadata withByline = metadata.orElse(new ArticleMetadata(null, null, null, byline, null, null, null));
        return new ArticleDraft(withByline, List.copyOf(blocks), notes, List.copyOf(log));
    }

    /** The article's blocks and its marked-up notes, from a sanitised copy of the page's article element. */
    private record Content(List<ArticleDraft.Block> blocks, List<ArticleDraft.Block> noteBlocks) {
    }

    private static Element findArticle(Document page, List<String> log) {
        Element body = HtmlArticleBody.find(page);
        if (body != page.body()) {
            log.add("Took the text from the part of the page " + (HtmlArticleBody.isMarked(body)
                    ? "marked as the article" : "with the most paragraphs") + "; what is around it was left out.");
        }
        return body;
    }

    private static Content sanitisedContent(Element body, URI linkBase, List<String> log) {
        Element article = body.clone();
        List<Element> notesSections = HtmlNotes.detachSections(article);
        List<Element> roots = new ArrayList<>(notesSections);
        roots.addFirst(article);
        HtmlPageFurniture.remove(roots, log);
        HtmlMetadataReader.titleHeading(article).ifPresent(headline -> {
            log.add("Read \"" + ResidueRules.normalizeSpaces(headline.text())
                    + "\" as the article's title, not its text.");
            headline.remove();
        });
        HtmlLinks.rewrite(roots, linkBase, log);
        List<ArticleDraft.Block> blocks = new ArrayList<>(HtmlBlockWriter.blocks(HtmlSanitizer.clean(article)));
        List<ArticleDraft.Block> noteBlocks = new ArrayList<>();
        notesSections.forEach(section -> noteBlocks.addAll(HtmlBlockWriter.blocks(HtmlSanitizer.clean(section))));
        return new Content(blocks, noteBlocks);
    }

    private static void refuseWithoutRunningText(List<ArticleDraft.Block> blocks) {
        if (blocks.stream().noneMatch(block -> block.kind() == ParagraphKind.PARAGRAPH)) {
            throw new ValidationException(Message.of("article.refused.noArticleTextWasFound"));
        }
    }

    /**
     * Below {@code maxDepth} levels only the text is kept. No article nests that deep, and finding,
     * pruning and sanitising do work per element that grows with its depth, so a hostile page
     * nested a hundred thousand levels deep would otherwise take minutes.
     */
    private static void keepOnlyTextBelow(Element root, int maxDepth) {
        NodeTraversor.filter((node, depth) -> {
            if (depth == maxDepth && node instanceof Element element && element.childNodeSize() > 0) {
                String text = element.text();
                element.empty().appendText(text);
                return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
        }, root);
    }

    /**
     * Byline and date lines printed above the text are metadata, not text: they are removed, and a
     * byline's name is returned so that it can stand in for an author the page's tags do not give.
     */
    private static String takeLeadingMetadataLines(List<ArticleDraft.Block> blocks, List<String> log) {
        String author = null;
        int index = 0;
        while (index < Math.min(blocks.size(), METADATA_LINES_BEFORE_TEXT)) {
            ArticleDraft.Block block = blocks.get(index);
            Optional<String> name = block.kind() == ParagraphKind.PARAGRAPH
                    ? HtmlMetadataReader.bylineName(block.text()) : Optional.empty();
            boolean dateLine = block.kind() == ParagraphKind.PARAGRAPH && DATE_LINE.matcher(block.text()).matches();
            if (name.isPresent() || dateLine) {
                author = author == null ? name.orElse(null) : author;
                log.add("Read \"" + block.text() + "\" as the article's metadata, not its text.");
                blocks.remove(index);
            } else {
                index++;
            }
        }
        return author;
    }

    private static List<ArticleDraft.Block> applyResidueRules(List<ArticleDraft.Block> blocks, List<String> log) {
        List<ArticleDraft.Block> kept = keptBy(blocks, raw -> ResidueRules.dropLeadingChrome(raw, log));
        kept = keptBy(kept, raw -> ResidueRules.dropCaptionsAndCredits(raw, log));
        return keptBy(kept, raw -> ResidueRules.dropRepeatedBlocks(raw, log));
    }

    /** Only text after the last list or quote is offered: a short last list item is content, not navigation. */
    private static List<ArticleDraft.Block> dropTrailingNavigation(List<ArticleDraft.Block> blocks, List<String> log) {
        int tail = 0;
        for (int i = 0; i < blocks.size(); i++) {
            ParagraphKind kind = blocks.get(i).kind();
            if (kind == ParagraphKind.LIST_ITEM || kind == ParagraphKind.QUOTE) {
                tail = i + 1;
            }
        }
        List<ArticleDraft.Block> kept = new ArrayList<>(blocks.subList(0, tail));
        kept.addAll(keptBy(blocks.subList(tail, blocks.size()), raw -> ResidueRules.dropTrailingNavigation(raw, log)));
        return kept;
    }

    /** Runs a plain-text residue rule over blocks and keeps the blocks whose text it kept. */
    private static List<ArticleDraft.Block> keptBy(List<ArticleDraft.Block> blocks,
            UnaryOperator<List<RawBlock>> rule) {
        Map<RawBlock, ArticleDraft.Block> byRaw = new IdentityHashMap<>();
        List<RawBlock> raw = new ArrayList<>();
        for (ArticleDraft.Block block : blocks) {
            RawBlock line = RawBlock.of(block.text());
            byRaw.put(line, block);
            raw.add(line);
        }
        return new ArrayList<>(rule.apply(raw).stream().map(byRaw::get).toList());
    }
}
