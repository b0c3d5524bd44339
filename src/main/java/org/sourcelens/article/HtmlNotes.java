package org.sourcelens.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Notes, references and footnotes of an HTML article. They are found either by their markup
 * (a footnotes section, as blogs and Wikipedia-like pages mark them) or, as in plain text, by a
 * heading such as "Notes" or "References". They leave the running text and become the draft's
 * notes, each keeping the address it cites as text, because a note is read for its source.
 */
final class HtmlNotes {

    private static final Set<String> SECTION_ROLES = Set.of("doc-endnotes", "doc-footnotes", "doc-bibliography");
    private static final Set<String> SECTION_NAMES = Set.of("footnotes", "endnotes", "references");
    private static final Pattern PRINTED_NUMBER = Pattern.compile("^(?:\\d{1,3}[.)]|\\[\\d{1,3}])\\s+");
    private static final Pattern BARE_ADDRESS = Pattern.compile("^(?:https?://|www\\.)\\S+$");

    private HtmlNotes() {
    }

    /** Takes the sections marked up as notes out of {@code article} and returns them. */
    static List<Element> detachSections(Element article) {
        List<Element> sections = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node != article && node instanceof Element section && isNotesSection(section)) {
                sections.add(section);
                return FilterResult.REMOVE;
            }
            return FilterResult.CONTINUE;
        }, article);
        return sections;
    }

    private static boolean isNotesSection(Element element) {
        return SECTION_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || SECTION_NAMES.contains(element.id().toLowerCase(Locale.ROOT))
                || element.classNames().stream()
                        .anyMatch(name -> SECTION_NAMES.contains(name.toLowerCase(Locale.ROOT)));
    }

    /** Index of the heading that opens a notes section in the running text, or -1. */
    static int headingIndex(List<ArticleDraft.Block> blocks) {
        int index = ResidueRules.notesHeadingIndex(blocks.stream().map(block -> RawBlock.of(block.text())).toList());
        boolean standsAlone = index >= 0 && (blocks.get(index).kind() == ParagraphKind.HEADING
                || blocks.get(index).kind() == ParagraphKind.PARAGRAPH);
        return standsAlone ? index : -1;
    }

    /**
     * The notes in a section's blocks: each list item or paragraph is one note, without the number
     * it was printed with (notes are numbered by their order); a paragraph that is only an address
     * belongs to the note before it, as when a reference wraps onto its own line.
     */
    static List<String> fromBlocks(List<ArticleDraft.Block> section, List<String> log) {
        List<String> notes = new ArrayList<>();
        for (ArticleDraft.Block block : withoutTrailingNavigation(section, log)) {
            String text = PRINTED_NUMBER.matcher(noteText(block)).replaceFirst("");
            if (headingIndex(List.of(block)) == 0 || text.isEmpty()) {
                continue;
            }
            if (BARE_ADDRESS.matcher(text).matches() && !notes.isEmpty()) {
                notes.add(notes.removeLast() + " " + text);
            } else {
                notes.add(text);
            }
        }
        return notes;
    }

    private static List<ArticleDraft.Block> withoutTrailingNavigation(List<ArticleDraft.Block> section,
            List<String> log) {
        int end = section.size();
        while (end > 0 && section.get(end - 1).kind() != ParagraphKind.LIST_ITEM
                && ResidueRules.dropTrailingNavigation(List.of(RawBlock.of(section.get(end - 1).text())), log)
                        .isEmpty()) {
            end--;
        }
        return section.subList(0, end);
    }

    private static String noteText(ArticleDraft.Block block) {
        StringBuilder text = new StringBuilder(block.text());
        for (ArticleDraft.Link link : block.links()) {
            String href = link.href();
            String shown = href.replaceFirst("^https?://(www\\.)?", "");
            if (href.startsWith("http") && !text.toString().contains(shown)) {
                text.append(' ').append(href);
            }
        }
        return text.toString();
    }
}
