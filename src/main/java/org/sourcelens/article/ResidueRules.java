package org.sourcelens.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General clean-up rules for text scraped from web pages. Each rule takes blocks and returns the
 * blocks it keeps, writing what it removed to a log, so that an instructor can see and undo it in
 * the import preview. None of them knows any particular article.
 */
final class ResidueRules {

    /** Words that only page furniture is made of: placeholders, menus, consent and share bars. */
    private static final Set<String> CHROME_WORDS = Set.of("placeholder", "canvas", "advertisement", "advert",
            "ad", "sponsored", "menu", "skip", "navigation", "loading", "cookie", "cookies", "subscribe", "share",
            "tweet", "print", "email", "search", "home", "login", "sign", "image", "img", "banner", "widget");

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^\\(?\\s*(photo|photograph|image|picture|source|credit|illustration)s?(\\s+credit)?\\s*:\\s*\\S.{0,80}\\)?$");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?i)^(©\\s*)?(photo:\\s*)?((getty images|reuters|ap|ap photo|afp|epa|epa-efe|shutterstock|alamy"
                    + "|associated press|anadolu agency|xinhua|pa|pa images|pa wire|bloomberg|istock|dpa)"
                    + "\\s*(/|via|,)?\\s*)+$");
    private static final Pattern NOTES_HEADING = Pattern.compile(
            "(?i)^(notes|endnotes|footnotes|references|sources|notes and references)\\s*:?$");
    private static final Pattern NOTE_START = Pattern.compile("^(?:(\\d{1,3})[.)]|\\[(\\d{1,3})])\\s+(.*)$");
    private static final String SENTENCE_END = ".!?…:;\"”’')]";

    private ResidueRules() {
    }

    /** Splits raw text into blocks at blank lines; normalises spaces and drops invisible characters. */
    static List<RawBlock> blocks(String raw) {
        List<RawBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String clean = normalizeSpaces(line);
            if (clean.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new RawBlock(current));
                    current = new ArrayList<>();
                }
            } else {
                current.add(clean);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new RawBlock(current));
        }
        return blocks;
    }

    static String normalizeSpaces(String line) {
        return line.replaceAll("[\\u200B\\u200C\\u200D\\uFEFF\\u00AD]", "")
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .strip();
    }

    /** Drops leading one-line blocks made of page-furniture words ("Placeholder canvas", "Skip to content"). */
    static List<RawBlock> dropLeadingChrome(List<RawBlock> blocks, List<String> log) {
        int start = 0;
        while (start < blocks.size() && isChrome(blocks.get(start))) {
            log.add("Removed page furniture before the title: \"" + blocks.get(start).text() + "\"");
            start++;
        }
        return new ArrayList<>(blocks.subList(start, blocks.size()));
    }

    private static boolean isChrome(RawBlock block) {
        if (!block.isSingleLine() || block.wordCount() > 4 || endsSentence(block.text())) {
            return false;
        }
        for (String word : block.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (CHROME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Photo captions: a block whose last line is a picture credit is a caption; it is dropped with
     * every other copy of the same text (scrapers often keep the caption twice). Lone credit lines go too.
     */
    static List<RawBlock> dropCaptionsAndCredits(List<RawBlock> blocks, List<String> log) {
        Set<String> captions = new HashSet<>();
        for (RawBlock block : blocks) {
            if (!block.isSingleLine() && isCredit(block.lastLine())) {
                captions.add(block.withoutLastLine().text());
            }
        }
        List<RawBlock> kept = new ArrayList<>();
        for (RawBlock block : blocks) {
            if (block.isSingleLine() && isCredit(block.text())) {
                log.add("Removed a picture credit: \"" + block.text() + "\"");
            } else if (!block.isSingleLine() && isCredit(block.lastLine())) {
                log.add("Removed a photo caption: \"" + block.withoutLastLine().text() + "\"");
            } else if (captions.contains(block.text())) {
                log.add("Removed a repeated photo caption: \"" + block.text() + "\"");
            } else {
                kept.add(block);
            }
        }
        return kept;
    }

    static boolean isCredit(String line) {
        return CREDIT_LINE.matcher(line).matches() || AGENCY_CREDIT.matcher(line).matches();
    }

    /** Drops exact repeats of an earlier block: scraped pages repeat pull quotes, teasers and captions. */
    static List<RawBlock> dropRepeatedBlocks(List<RawBlock> blocks, List<String> log) {
        Set<String> seen = new HashSet<>();
        List<RawBlock> kept = new ArrayList<>();
        for (RawBlock block : blocks) {
            if (seen.add(block.text())) {
                kept.add(block);
            } else {
                log.add("Removed a repeated block: \"" + abbreviate(block.text()) + "\"");
            }
        }
        return kept;
    }

    /** Index of the block that heads the notes section ("Notes", "References", ...), or -1. */
    static int notesHeadingIndex(List<RawBlock> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            RawBlock block = blocks.get(i);
            if (block.isSingleLine() && NOTES_HEADING.matcher(block.text()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Turns the notes section into numbered notes. A numbered line starts a note; any other line
     * (a bare address, a wrapped line) continues the note before it. Notes are numbered in the order
     * they appear, because scraped lists often restart or skip their numbering.
     */
    static List<String> notes(List<RawBlock> notesSection, List<String> log) {
        List<StringBuilder> notes = new ArrayList<>();
        List<Integer> printedNumbers = new ArrayList<>();
        for (RawBlock block : notesSection) {
            for (String line : block.lines()) {
                Matcher start = NOTE_START.matcher(line);
                if (start.matches()) {
                    printedNumbers.add(Integer.parseInt(start.group(1) != null ? start.group(1) : start.group(2)));
                    notes.add(new StringBuilder(start.group(3)));
                } else if (notes.isEmpty()) {
                    printedNumbers.add(-1);
                    notes.add(new StringBuilder(line));
                } else {
                    notes.getLast().append(' ').append(line);
                }
            }
        }
        for (int i = 0; i < printedNumbers.size(); i++) {
            if (printedNumbers.get(i) != i + 1) {
                log.add("Renumbered the notes 1 to " + notes.size()
                        + " in the order they appear: the page's own numbering restarted or skipped.");
                break;
            }
        }
        return notes.stream().map(StringBuilder::toString).toList();
    }

    /** Drops short lines left at the very end by page navigation ("Route 6", "Next", "Related"). */
    static List<RawBlock> dropTrailingNavigation(List<RawBlock> blocks, List<String> log) {
        int end = blocks.size();
        while (end > 0 && isNavigationResidue(blocks.get(end - 1))) {
            log.add("Removed navigation left after the text: \"" + blocks.get(end - 1).text() + "\"");
            end--;
        }
        return new ArrayList<>(blocks.subList(0, end));
    }

    private static boolean isNavigationResidue(RawBlock block) {
        return block.isSingleLine() && block.wordCount() <= 3 && !endsSentence(block.text());
    }

    /** A heading is one short line that does not end like a sentence and is not a quotation. */
    static boolean isHeading(RawBlock block) {
        String text = block.text();
        return block.isSingleLine() && block.wordCount() <= 12 && text.length() <= 120 && !endsSentence(text)
                && !text.startsWith("\"") && !text.startsWith("“") && !text.startsWith("http");
    }

    static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
