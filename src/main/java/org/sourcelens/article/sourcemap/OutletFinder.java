package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds media outlets the running text uses as sources: "a report by the US media outlet NBC News",
 * "The Intercept, an online investigative publication", "Jazexhi tells TRT World", "on his Facebook
 * account", "The Washington Post reported". Mentions inside quotations are the speaker's, not the
 * article's, and are left out.
 */
final class OutletFinder {

    record Outlet(String name, String description, int passage, int start, int end) {
    }

    private static final String OUTLET_NOUNS = "media outlet|news outlet|outlet|newspaper|broadcaster|news agency"
            + "|agency|channel|network|website|news site|site|publication|magazine|daily|weekly|tabloid"
            + "|radio station|television station|station|blog|portal|wire service|news service";
    private static final String WORKS = "report|story|article|investigation|documentary|broadcast|interview|piece"
            + "|programme|program";
    private static final TriggeredPattern WORK_BY = new TriggeredPattern(Pattern.compile("(?i:(?:" + WORKS + ")s?\\s+"
            + "(?:by|from|in|on|published\\s+by|aired\\s+by|aired\\s+on)\\s+(?:the\\s+)?)((?:[\\p{L}.’'-]+\\s+){0,4}?"
            + "(?i:" + OUTLET_NOUNS + ")\\s+)?"), plurals(TriggeredPattern.firstWords(WORKS)));
    private static final Pattern DESCRIBED = Pattern.compile(",\\s+((?i:a|an|the)\\s+(?:[\\p{L}’'-]+\\s+){0,5}?"
            + "(?i:" + OUTLET_NOUNS + "))(?![\\p{L}])");
    private static final String SPOKEN_TO_WORDS = "told|tells|telling|speaking to|spoke to|speaking with|spoke with"
            + "|said to|in an interview with|interviewed by|writing in|wrote in";
    private static final TriggeredPattern SPOKEN_TO = new TriggeredPattern(Pattern.compile("(?:"
            + SPOKEN_TO_WORDS.replace(" ", "\\s+") + ")\\s+(?:the\\s+)?"), TriggeredPattern.firstWords(SPOKEN_TO_WORDS));
    private static final TriggeredPattern ACCOUNT = new TriggeredPattern(Pattern.compile("(?:on|in|via)\\s+(?:his|her"
            + "|their|its|the|a|an)\\s+((?:\\p{Lu}[\\p{L}\\p{N}.]*\\s+){1,3})(?:account|page|feed|channel|blog|website"
            + "|show|programme|program|podcast|column|profile|post|site)(?![\\p{L}])"), Set.of("on", "in", "via"));
    private static final String REPORTING_VERBS = "reported|reports|revealed|reveals|published|broadcast|aired|wrote"
            + "|writes|quoted|cited";
    private static final TriggeredPattern REPORTED = new TriggeredPattern(
            Pattern.compile("(?:" + REPORTING_VERBS + ")(?![\\p{L}])"), TriggeredPattern.firstWords(REPORTING_VERBS));
    private static final Pattern WEB_ADDRESS = Pattern.compile("[\\p{L}\\p{N}-]+\\.[a-z]{2,}");

    /** Words that mark a capitalised phrase as a media outlet when it does the reporting. */
    private static final Set<String> OUTLET_WORDS = Set.of("news", "times", "post", "journal", "herald", "guardian",
            "telegraph", "tribune", "world", "tv", "channel", "radio", "press", "agency", "gazette", "daily",
            "monitor", "insight", "observer", "express", "mirror", "mail", "review", "magazine", "network", "wire",
            "today", "chronicle", "standard", "independent", "broadcasting");

    /** Lower-case words that may follow an outlet's name; any other makes the name an adjective ("US government"). */
    private static final Set<String> MAY_FOLLOW = Set.of("that", "on", "in", "at", "last", "this", "earlier",
            "during", "after", "before", "when", "while", "and", "but", "as", "about", "from", "with", "for", "via",
            "over", "by", "said", "says", "suggested", "suggests", "found", "finds", "showed", "shows", "revealed",
            "reveals", "reported", "reports", "claimed", "stated", "concluded", "noted", "published", "warned",
            "indicated", "indicates", "wrote", "writes", "an", "the", "a", "it", "he", "she", "they");

    private final ArticleText article;
    private final NameIndex names;

    OutletFinder(ArticleText article, NameIndex names) {
        this.article = article;
        this.names = names;
    }

    List<Outlet> find() {
        List<Outlet> found = new ArrayList<>();
        for (Passage passage : article.passages()) {
            if (passage.isNote()) {
                continue;
            }
            workBy(passage, found);
            described(passage, found);
            spokenTo(passage, found);
            account(passage, found);
            reported(passage, found);
        }
        found.removeIf(o -> article.overlapsQuote(o.passage(), o.start(), o.end()));
        return found;
    }

    private void workBy(Passage passage, List<Outlet> found) {
        for (MatchResult m : WORK_BY.find(passage)) {
            String description = m.group(1) == null ? "" : m.group(1).strip();
            nameAt(passage, m.end(), !description.isEmpty()).ifPresent(r ->
                    found.add(new Outlet(passage.text().substring(r.start(), r.end()), description, passage.index(),
                            r.start(), r.end())));
        }
    }

    private void described(Passage passage, List<Outlet> found) {
        Matcher m = DESCRIBED.matcher(passage.text());
        while (m.find()) {
            nameEndingAt(passage, m.start()).ifPresent(r ->
                    found.add(new Outlet(passage.text().substring(r.start(), r.end()), m.group(1), passage.index(),
                            r.start(), r.end())));
        }
    }

    private void spokenTo(Passage passage, List<Outlet> found) {
        for (MatchResult m : SPOKEN_TO.find(passage)) {
            nameAt(passage, m.end(), false).ifPresent(r ->
                    found.add(new Outlet(passage.text().substring(r.start(), r.end()), "", passage.index(), r.start(),
                            r.end())));
        }
    }

    private void account(Passage passage, List<Outlet> found) {
        for (MatchResult m : ACCOUNT.find(passage)) {
            int start = m.start(1);
            int end = Words.skipSpacesBack(passage.text(), m.end(1));
            if (!names.isPersonAt(passage.index(), start)) {
                found.add(new Outlet(passage.text().substring(start, end), "", passage.index(), start, end));
            }
        }
    }

    private void reported(Passage passage, List<Outlet> found) {
        for (MatchResult m : REPORTED.find(passage)) {
            int back = Words.skipSpacesBack(passage.text(), m.start());
            if (back == m.start()) {
                continue;
            }
            nameEndingAt(passage, back)
                    .filter(r -> looksLikeOutlet(passage.text().substring(r.start(), r.end())))
                    .ifPresent(r -> found.add(new Outlet(passage.text().substring(r.start(), r.end()), "",
                            passage.index(), r.start(), r.end())));
        }
    }

    /**
     * The capitalised phrase starting at {@code offset}: "TRT World", "The Intercept", "Channel 4".
     * Unless a describing noun came first, the phrase must not be a person or be followed by a noun.
     */
    private Optional<Range> nameAt(Passage passage, int offset, boolean described) {
        List<Word> words = passage.words();
        int first = Words.indexStartingAt(words, offset);
        if (first < 0 || !words.get(first).capitalized() || !described && names.isPersonAt(passage.index(), offset)
                || Vocabulary.isFunctionWord(words.get(first).bare()) && !words.get(first).text().equals("The")) {
            return Optional.empty();
        }
        int last = first;
        while (last + 1 < words.size() && !words.get(last).possessive()
                && Words.joined(passage.text(), words.get(last), words.get(last + 1))
                && (words.get(last + 1).capitalized() || isNumber(words.get(last + 1)))) {
            last++;
        }
        if (words.get(first).text().equals("The") && last == first) {
            return Optional.empty();
        }
        if (!described && last + 1 < words.size() && Words.joined(passage.text(), words.get(last), words.get(last + 1))
                && !MAY_FOLLOW.contains(words.get(last + 1).text())) {
            return Optional.empty();
        }
        return Optional.of(new Range(words.get(first).start(), words.get(last).bareEnd()));
    }

    /** The capitalised phrase ending just before {@code offset}, e.g. "Channel 4" before ", a … agency". */
    private Optional<Range> nameEndingAt(Passage passage, int offset) {
        List<Word> words = passage.words();
        int last = Words.firstAtOrAfter(words, offset) - 1;
        if (last < 0 || words.get(last).end() != offset) {
            return Optional.empty();
        }
        int first = last;
        while (first - 1 >= 0 && Words.joined(passage.text(), words.get(first - 1), words.get(first))
                && !words.get(first - 1).possessive()
                && (words.get(first - 1).capitalized() || isNumber(words.get(first - 1)))) {
            first--;
        }
        while (first <= last && (isNumber(words.get(first)) || !words.get(first).capitalized()
                || Vocabulary.isFunctionWord(words.get(first).bare()) && !words.get(first).text().equals("The"))) {
            first++;
        }
        if (first > last || !words.get(first).capitalized() || names.isPersonAt(passage.index(), words.get(first).start())
                || words.get(first).text().equals("The") && first == last) {
            return Optional.empty();
        }
        return Optional.of(new Range(words.get(first).start(), words.get(last).end()));
    }

    private static boolean looksLikeOutlet(String name) {
        if (WEB_ADDRESS.matcher(name).matches()) {
            return true;
        }
        for (Word word : Words.of(name)) {
            if (OUTLET_WORDS.contains(word.lower())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> plurals(Set<String> words) {
        Set<String> all = new java.util.HashSet<>(words);
        words.forEach(w -> all.add(w + "s"));
        return all;
    }

    private static boolean isNumber(Word word) {
        return Character.isDigit(word.text().charAt(0));
    }
}
