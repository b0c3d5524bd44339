package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds documents the article relies on: "a threat assessment … by Albania’s Intelligence Agency",
 * "the Albanian penal code", "U.S. State Department Press Release". A document noun counts only with a
 * determiner or a capitalised modifier in front, which keeps the verb "report" out.
 */
final class DocumentFinder {

    record Document(String name, String issuer, int passage, int start, int end) {
    }

    private static final String DOCUMENT_NOUNS = "threat assessment|press release|penal code|criminal code"
            + "|white paper|court filing|report|assessment|statement|study|survey|poll|memo|memorandum|dossier"
            + "|document|cable|transcript|indictment|ruling|resolution|decree|audit|communiqué|communique|census"
            + "|constitution|charter|affidavit";
    private static final TriggeredPattern DOCUMENT_NOUN = new TriggeredPattern(
            Pattern.compile("(?i)(?:" + DOCUMENT_NOUNS.replace(" ", "\\s+") + ")(?![\\p{L}])"),
            TriggeredPattern.firstWords(DOCUMENT_NOUNS));
    private static final Pattern ISSUER = Pattern.compile("(?:\\s+[\\p{L}’'-]+){0,4}?\\s+(?:by|from)\\s+(?:the\\s+)?");
    private static final Set<String> MODIFIERS = Set.of("annual", "internal", "leaked", "confidential", "classified",
            "secret", "official", "new", "recent", "latest", "final", "draft", "interim", "joint", "special",
            "independent", "public", "written", "detailed", "preliminary", "government", "police", "intelligence",
            "court", "parliamentary", "published", "unpublished", "damning", "brief");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "its", "his", "her",
            "their", "one", "another");
    private static final int MAX_MODIFIERS = 4;
    private static final int ISSUER_REACH = 60;

    private final ArticleText article;

    DocumentFinder(ArticleText article) {
        this.article = article;
    }

    List<Document> find(List<OutletFinder.Outlet> outlets) {
        List<Document> found = new ArrayList<>();
        for (Passage passage : article.passages()) {
            for (MatchResult m : DOCUMENT_NOUN.find(passage)) {
                if (article.insideQuote(passage.index(), m.start())) {
                    continue;
                }
                int start = phraseStart(passage, m.start());
                if (start >= 0) {
                    String name = passage.text().substring(start, m.end()).replaceAll("\\s+", " ");
                    found.add(new Document(name, issuer(passage, m.end(), outlets), passage.index(), start, m.end()));
                }
            }
        }
        return found;
    }

    /** Start of the document's name without its determiner, or -1 when the noun stands bare. */
    private static int phraseStart(Passage passage, int nounStart) {
        List<Word> words = passage.words();
        int noun = Words.indexStartingAt(words, nounStart);
        if (noun < 0) {
            return -1;
        }
        int start = noun;
        boolean capitalisedModifier = false;
        for (int j = noun - 1; j >= 0 && noun - j <= MAX_MODIFIERS + 1; j--) {
            Word word = words.get(j);
            if (!Words.joined(passage.text(), word, words.get(j + 1))) {
                break;
            }
            String lower = word.lower();
            if (DETERMINERS.contains(lower)) {
                return words.get(start).start();
            }
            // A capital that only opens the sentence ("Officials report that…") says nothing.
            boolean capitalised = word.capitalized() && !Vocabulary.isFunctionWord(word.bare())
                    && passage.sentenceAt(word.start()).start() != word.start();
            if (!capitalised && !MODIFIERS.contains(lower)) {
                break;
            }
            capitalisedModifier |= capitalised;
            start = j;
        }
        return capitalisedModifier ? words.get(start).start() : -1;
    }

    /** "… by Albania’s Intelligence Agency", or the outlet named right after "by". */
    private static String issuer(Passage passage, int nounEnd, List<OutletFinder.Outlet> outlets) {
        Matcher m = ISSUER.matcher(passage.text()).region(nounEnd, passage.text().length());
        if (!m.lookingAt()) {
            return "";
        }
        for (OutletFinder.Outlet outlet : outlets) {
            if (outlet.passage() == passage.index() && outlet.start() >= m.end()
                    && outlet.start() < m.end() + ISSUER_REACH) {
                return outlet.name();
            }
        }
        List<Word> words = passage.words();
        int first = Words.indexStartingAt(words, m.end());
        if (first < 0 || !words.get(first).capitalized()) {
            return "";
        }
        int last = first;
        while (last + 1 < words.size() && Words.joined(passage.text(), words.get(last), words.get(last + 1))
                && words.get(last + 1).capitalized()) {
            last++;
        }
        return passage.text().substring(words.get(first).start(), words.get(last).end());
    }
}
