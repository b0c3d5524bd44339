package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statements reported without quotation marks: "X said (that) …", "X told Y that …",
 * "according to X, …", "…, says X." The span is the reported clause.
 */
final class IndirectQuoteFinder {

    record Reported(Attribution attribution, TextSpan clause) {
    }

    private static final Pattern THAT = Pattern.compile("(?<![\\p{L}])that(?![\\p{L}])");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)(?<![\\p{L}])according\\s+to\\s+");
    private static final Pattern SENTENCE_TAIL = Pattern.compile("(?:,[^.;:“”\"()]{0,200})?[\\s.!?]*");
    private static final Set<String> NOT_A_CLAUSE_START = Set.of("in", "on", "at", "to", "of", "for", "with",
            "about", "by", "from", "during", "after", "before", "over", "under", "via", "as", "and", "but", "so",
            "yes", "no", "it", "this", "later", "earlier", "yesterday", "today", "last");
    private static final Pattern HAND_OVER = Pattern.compile(",\\s*(?:adding|saying|noting|writing|insisting|warning"
            + "|arguing|explaining|stating|declaring|stressing)\\s*:?$");
    private static final String QUOTE_MARKS = "“”\"«»„";
    private static final int MIN_CLAUSE_WORDS = 3;
    private static final int MAX_WORDS_BEFORE_THAT = 8;
    private static final String CLAUSE_TRAILING = ".,;:!?";

    private final ArticleText article;
    private final NameIndex names;
    private final AttributionMatcher matcher;
    private final Set<Long> usedVerbs;

    IndirectQuoteFinder(ArticleText article, NameIndex names, AttributionMatcher matcher, Set<Long> usedVerbs) {
        this.article = article;
        this.names = names;
        this.matcher = matcher;
        this.usedVerbs = usedVerbs;
    }

    List<Reported> find() {
        List<Reported> found = new ArrayList<>();
        for (Passage passage : article.passages()) {
            if (passage.isNote()) {
                continue;
            }
            for (Range sentence : passage.sentences()) {
                accordingTo(passage, sentence).ifPresent(found::add);
                for (MatchResult verb : AttributionMatcher.SPEECH_VERB.find(passage, sentence.start(), sentence.end())) {
                    if (!article.insideQuote(passage.index(), verb.start())
                            && !usedVerbs.contains(Attribution.verbKey(passage.index(), verb.start()))) {
                        reported(passage, sentence, verb.start(), verb.end(), verb.group()).ifPresent(found::add);
                    }
                }
            }
        }
        return found;
    }

    private Optional<Reported> reported(Passage passage, Range sentence, int verbStart, int verbEnd, String verb) {
        Optional<Attribution> subject = matcher.speakerBefore(passage, sentence.start(), verbStart, verbEnd);
        if (subject.isPresent()) {
            return clauseAfter(passage, sentence, verbEnd, verb).map(clause -> new Reported(subject.get(), clause));
        }
        Optional<Attribution> trailing = matcher.speakerAfter(passage, verbStart, verbEnd);
        if (trailing.isPresent() && endsSentence(passage, trailing.get().end(), sentence.end())) {
            return clause(passage, sentence.start(), verbStart).map(clause -> new Reported(trailing.get(), clause));
        }
        return Optional.empty();
    }

    private Optional<Reported> accordingTo(Passage passage, Range sentence) {
        Matcher m = AttributionMatcher.region(ACCORDING_TO, passage.text(), sentence.start(), sentence.end());
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<NameIndex.Mention> mention = names.startingAt(passage.index(), m.end()).filter(n -> !n.possessive());
        if (mention.isEmpty()) {
            return Optional.empty();
        }
        NameIndex.Mention person = mention.get();
        Attribution attribution = new Attribution(person.name(), passage.index(), m.start(), person.end(), m.start());
        String text = passage.text();
        if (text.substring(sentence.start(), m.start()).isBlank()) {
            int comma = text.indexOf(',', person.end());
            if (comma < 0 || comma >= sentence.end()) {
                return Optional.empty();
            }
            int afterAppositive = text.indexOf(',', comma + 1);
            if (afterAppositive > 0 && afterAppositive < sentence.end()
                    && RoleFinder.looksLikeDescription(text.substring(comma + 1, afterAppositive))) {
                comma = afterAppositive;
            }
            return clause(passage, comma + 1, sentence.end()).map(c -> new Reported(attribution, c));
        }
        return clause(passage, sentence.start(), m.start()).map(c -> new Reported(attribution, c));
    }

    private Optional<TextSpan> clauseAfter(Passage passage, Range sentence, int verbEnd, String verb) {
        String text = passage.text();
        Matcher that = AttributionMatcher.region(THAT, text, verbEnd, sentence.end());
        if (that.find()) {
            String between = text.substring(verbEnd, that.start());
            if (Words.count(between) <= MAX_WORDS_BEFORE_THAT && between.chars().noneMatch(c -> ".;:“”\"".indexOf(c) >= 0)) {
                return clause(passage, that.end(), sentence.end());
            }
        }
        if (!AttributionMatcher.CLAUSE_VERBS.contains(verb)) {
            return Optional.empty();
        }
        int next = Words.skipSpaces(text, verbEnd);
        int wordIndex = Words.indexStartingAt(passage.words(), next);
        if (wordIndex < 0 || NOT_A_CLAUSE_START.contains(passage.words().get(wordIndex).lower())) {
            return Optional.empty();
        }
        return clause(passage, next, sentence.end());
    }

    /**
     * The reported clause in {@code [start, end)}, stopping before a quotation or a trailing
     * "…, adding:" that hands over to a direct quote.
     */
    private Optional<TextSpan> clause(Passage passage, int start, int end) {
        String text = passage.text();
        int stop = start;
        while (stop < end && QUOTE_MARKS.indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        TextSpan span = passage.trimmedSpan(start, stop, CLAUSE_TRAILING);
        Matcher handOver = HAND_OVER.matcher(span.text());
        if (handOver.find()) {
            span = passage.trimmedSpan(span.start(), span.start() + handOver.start(), CLAUSE_TRAILING);
        }
        if (Words.count(span.text()) < MIN_CLAUSE_WORDS || article.overlapsQuote(passage.index(), span.start(), span.end())) {
            return Optional.empty();
        }
        return Optional.of(span);
    }

    private static boolean endsSentence(Passage passage, int from, int sentenceEnd) {
        return SENTENCE_TAIL.matcher(passage.text()).region(from, sentenceEnd).matches();
    }
}
