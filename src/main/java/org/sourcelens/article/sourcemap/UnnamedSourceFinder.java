package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds sources the article does not name: a source noun doing the saying ("officials said",
 * "Critics, however, argue"), the same noun after the verb ("said one trader"), passive reporting
 * ("reported by local media") and stock phrases ("it is believed", "there have been reports").
 */
final class UnnamedSourceFinder {

    private static final String PLURAL_SOURCES = "officials|sources|experts|analysts|critics|observers|diplomats"
            + "|insiders|witnesses|residents|testimonies|reports|authorities|commentators|activists|members"
            + "|dissidents|investigators|researchers|economists|traders|people|employees|scientists"
            + "|lawmakers|politicians|spokespeople|campaigners";
    private static final String SINGULAR_SOURCES = "official|source|expert|analyst|critic|observer|diplomat"
            + "|insider|witness|resident|spokesperson|spokesman|spokeswoman|trader|commentator|activist|member"
            + "|dissident|investigator|researcher|economist|employee|scientist|lawmaker|politician|person";
    private static final String VERBS = "say|says|said|told|tell|tells|claim|claims|claimed|believe|believes"
            + "|believed|warn|warns|warned|suggest|suggests|suggested|argue|argues|argued|note|noted|allege"
            + "|alleges|alleged|insist|insists|insisted|confirm|confirms|confirmed|fear|fears|feared|estimate"
            + "|estimates|estimated|indicate|indicates|indicated|speak of|spoke of|spoken of|speak out|spoke out"
            + "|spoken out|raised alarm bells|raised the alarm|raised alarm|raised concerns|voiced concern|describe"
            + "|describes|described|accuse|accuses|accused";

    // The gap between noun and verb is bounded and cannot cross a sentence or a quotation.
    private static final TriggeredPattern SOURCE_THEN_VERB = new TriggeredPattern(Pattern.compile("(?i)(" + PLURAL_SOURCES
            + "|" + SINGULAR_SOURCES + ")(?![\\p{L}])[^.;:!?“”\"]{0,90}?(?<![\\p{L}])(?:" + VERBS + ")(?![\\p{L}])"),
            TriggeredPattern.firstWords(PLURAL_SOURCES + "|" + SINGULAR_SOURCES));
    private static final TriggeredPattern VERB_THEN_SOURCE = new TriggeredPattern(Pattern.compile("(?i)(?:said|says"
            + "|added|told|according\\s+to)\\s+(?:(?:a|an|one|another|some|many|several|two|three|senior|unnamed"
            + "|anonymous|local|western|foreign|government|security|military|industry|intelligence|other)\\s+){0,3}(?:"
            + PLURAL_SOURCES + "|" + SINGULAR_SOURCES + ")(?![\\p{L}])"),
            Set.of("said", "says", "added", "told", "according"));
    private static final TriggeredPattern PASSIVE = new TriggeredPattern(Pattern.compile("(?i)(?:reported|said|claimed"
            + "|confirmed|cited|quoted|described)\\s+by\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:media|officials"
            + "|sources|reports|outlets|press|analysts|experts|observers)(?![\\p{L}])"),
            Set.of("reported", "said", "claimed", "confirmed", "cited", "quoted", "described"));
    private static final TriggeredPattern STOCK_PHRASE = new TriggeredPattern(Pattern.compile("(?i)(?:it\\s+is\\s+"
            + "(?:widely\\s+)?(?:believed|understood|thought|reported|alleged|rumou?red|feared)|there\\s+(?:have"
            + "\\s+been|has\\s+been|are|were|is)\\s+(?:[\\p{L}]+\\s+){0,2}?reports|reports\\s+(?:suggest|say|said"
            + "|indicate|claim)|(?:sources|people|those)\\s+(?:close\\s+to|familiar\\s+with))(?![\\p{L}])"),
            Set.of("it", "there", "reports", "sources", "people", "those"));

    private static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "one", "another");
    private static final int MAX_GAP_WORDS = 10;
    private static final int MAX_MODIFIERS = 2;

    private final ArticleText article;
    private final NameIndex names;

    UnnamedSourceFinder(ArticleText article, NameIndex names) {
        this.article = article;
        this.names = names;
    }

    List<UnnamedSource> find() {
        List<UnnamedSource> found = new ArrayList<>();
        for (Passage passage : article.passages()) {
            if (passage.isNote()) {
                continue;
            }
            List<Range> ranges = new ArrayList<>();
            collect(passage, STOCK_PHRASE, ranges);
            collect(passage, VERB_THEN_SOURCE, ranges);
            collect(passage, PASSIVE, ranges);
            sourceThenVerb(passage, ranges);
            ranges.sort(Comparator.comparingInt(Range::start).thenComparing(r -> -r.end()));
            int lastEnd = -1;
            for (Range range : ranges) {
                if (range.start() >= lastEnd) {
                    TextSpan span = passage.span(range.start(), range.end());
                    found.add(new UnnamedSource(span.text().replaceAll("\\s+", " "), span));
                    lastEnd = range.end();
                }
            }
        }
        return found;
    }

    private static void collect(Passage passage, TriggeredPattern pattern, List<Range> ranges) {
        for (MatchResult m : pattern.find(passage)) {
            ranges.add(new Range(m.start(), m.end()));
        }
    }

    private void sourceThenVerb(Passage passage, List<Range> ranges) {
        for (MatchResult m : SOURCE_THEN_VERB.findOverlapping(passage, 0, passage.text().length())) {
            String noun = Vocabulary.lower(m.group(1));
            boolean singular = !noun.endsWith("s") && !noun.equals("people");
            int nounIndex = Words.indexStartingAt(passage.words(), m.start(1));
            if (nounIndex < 0 || Words.count(passage.text().substring(m.end(1), m.end())) > MAX_GAP_WORDS + 2
                    || namedRightAfter(passage, m.end(1))) {
                continue;
            }
            int start = phraseStart(passage, nounIndex, singular);
            if (start >= 0 && !describesNamedPerson(passage, start)) {
                ranges.add(new Range(start, m.end()));
            }
        }
    }

    /** Extends the phrase over its modifiers ("Former members"); a singular noun needs "a" or "one". */
    private static int phraseStart(Passage passage, int nounIndex, boolean singular) {
        List<Word> words = passage.words();
        int start = nounIndex;
        for (int j = nounIndex - 1; j >= 0 && nounIndex - j <= MAX_MODIFIERS + 1; j--) {
            Word word = words.get(j);
            if (!Words.joined(passage.text(), word, words.get(j + 1))) {
                break;
            }
            String lower = word.lower();
            if (SINGULAR_DETERMINERS.contains(lower)) {
                return word.start();
            }
            if (Vocabulary.CLAUSE_WORDS.contains(lower) && !lower.equals("former") || word.possessive()
                    || nounIndex - j > MAX_MODIFIERS) {
                break;
            }
            start = j;
        }
        return singular ? -1 : words.get(start).start();
    }

    /** "Elif Kaya, an economist at …, argued": the noun describes someone already named. */
    private boolean describesNamedPerson(Passage passage, int phraseStart) {
        int back = Words.skipSpacesBack(passage.text(), phraseStart);
        return back > 0 && passage.text().charAt(back - 1) == ','
                && names.endingAt(passage.index(), Words.skipSpacesBack(passage.text(), back - 1)).isPresent();
    }

    /** "spokesperson John Smith said" or "an official, John Smith, said" name their source. */
    private boolean namedRightAfter(Passage passage, int nounEnd) {
        int at = Words.skipSpaces(passage.text(), nounEnd);
        if (at < passage.text().length() && passage.text().charAt(at) == ',') {
            at = Words.skipSpaces(passage.text(), at + 1);
        }
        return names.isPersonAt(passage.index(), at);
    }
}
