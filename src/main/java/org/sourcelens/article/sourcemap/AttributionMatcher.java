package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises attributions inside a stretch of one passage: a speech verb next to a person's name
 * (either order), a pronoun that stands for the last person named, or a participle such as
 * "saying:" whose speaker is the subject of the sentence.
 */
final class AttributionMatcher {

    private static final String SPEECH_VERBS = "said|says|added|adds|told|tells|explained|explains|stated|states"
            + "|noted|notes|claimed|claims|argued|argues|warned|warns|insisted|insists|asked|asks|replied|replies"
            + "|wrote|writes|continued|continues|declared|declares|announced|announces|admitted|admits"
            + "|acknowledged|acknowledges|recalled|recalls|remarked|observed|observes|commented|stressed|stresses"
            + "|emphasised|emphasized|emphasises|emphasizes|maintained|maintains|alleged|alleges|concluded"
            + "|concludes|conceded|concedes|confirmed|confirms|complained|complains|urged|urges|countered"
            + "|responded|responds|tweeted|tweets|predicted|predicts|believes|believed|suggested|suggests|agreed"
            + "|agrees|cautioned|cautions|pointed out|points out";
    private static final String PARTICIPLES = "saying|adding|noting|telling|writing|warning|insisting|arguing"
            + "|explaining|stating|claiming|declaring|stressing|asking|announcing";

    static final TriggeredPattern SPEECH_VERB = new TriggeredPattern(
            Pattern.compile("(?<![\\p{L}])(?:" + SPEECH_VERBS + ")(?![\\p{L}])"),
            TriggeredPattern.firstWords(SPEECH_VERBS));

    /** Verbs that can introduce a reported clause without "that": "Smith said the plan was dead". */
    static final Set<String> CLAUSE_VERBS = Set.of("said", "says", "added", "adds", "claimed", "claims", "argued",
            "argues", "warned", "warns", "noted", "notes", "insisted", "insists", "believes", "believed", "stated",
            "states", "explained", "explains", "suggested", "suggests", "admitted", "admits", "acknowledged",
            "acknowledges", "wrote", "writes", "declared", "declares", "announced", "announces", "maintained",
            "maintains", "alleged", "alleges", "concluded", "concludes", "conceded", "concedes", "confirmed",
            "confirms", "predicted", "predicts", "stressed", "stresses");

    private static final TriggeredPattern PARTICIPLE = new TriggeredPattern(
            Pattern.compile("(?:" + PARTICIPLES + ")(?![\\p{L}])"), TriggeredPattern.firstWords(PARTICIPLES));

    private static final Pattern PRONOUN = Pattern.compile("(?i)(?:he|she)(?![\\p{L}])");
    private static final Pattern PRONOUN_WORD = Pattern.compile("(?i)(?<![\\p{L}])(?:he|she)(?![\\p{L}])");
    private static final Pattern PRONOUN_ENDING = Pattern.compile("(?i)(?<![\\p{L}])(?:he|she)$");

    /** ", an Albanian academic," between a name and its verb. */
    private static final Pattern APPOSITIVE = Pattern.compile(",[^.;:“”\"()]{1,200},");

    private final ArticleText article;
    private final NameIndex names;

    AttributionMatcher(ArticleText article, NameIndex names) {
        this.article = article;
        this.names = names;
    }

    /** Every verb-and-name attribution in {@code [from, to)}, in reading order. */
    List<Attribution> finite(Passage passage, int from, int to) {
        List<Attribution> found = new ArrayList<>();
        if (from >= to) {
            return found;
        }
        for (MatchResult verb : SPEECH_VERB.find(passage, from, to)) {
            speakerAfter(passage, verb.start(), verb.end())
                    .or(() -> speakerBefore(passage, from, verb.start(), verb.end()))
                    .ifPresent(found::add);
        }
        return found;
    }

    /** "…adding: “…”": the last participle in {@code [from, to)}, attributed to the sentence's subject. */
    Optional<Attribution> participle(Passage passage, int from, int to) {
        List<MatchResult> participles = PARTICIPLE.find(passage, from, to);
        if (participles.isEmpty()) {
            return Optional.empty();
        }
        MatchResult last = participles.get(participles.size() - 1);
        return sentenceSubject(passage, last.start())
                .map(subject -> new Attribution(subject.name(), passage.index(), subject.start(), last.end(),
                        last.start()));
    }

    /** Who a sentence is about, and where the words naming them start. */
    private record Subject(String name, int start) {
    }

    /** The first person named, or "he"/"she" standing for one, in the sentence before {@code offset}. */
    private Optional<Subject> sentenceSubject(Passage passage, int offset) {
        Range sentence = passage.sentenceAt(offset);
        Optional<NameIndex.Mention> named = names.in(passage.index()).stream()
                .filter(n -> n.start() >= sentence.start() && n.start() < offset && !n.possessive()
                        && !article.insideQuote(passage.index(), n.start()))
                .findFirst();
        Matcher pronoun = region(PRONOUN_WORD, passage.text(), sentence.start(), offset);
        while (pronoun.find()) {
            if (!article.insideQuote(passage.index(), pronoun.start())) {
                int at = pronoun.start();
                if (named.isPresent() && named.get().start() < at) {
                    break;
                }
                return resolvePronoun(passage, at).map(name -> new Subject(name, at));
            }
        }
        return named.map(n -> new Subject(n.name(), n.start()));
    }

    /** "said Seyed Mohammad Marandi", "said he". */
    Optional<Attribution> speakerAfter(Passage passage, int verbStart, int verbEnd) {
        int at = Words.skipSpaces(passage.text(), verbEnd);
        Optional<NameIndex.Mention> mention = names.startingAt(passage.index(), at).filter(m -> !m.possessive());
        if (mention.isPresent()) {
            return Optional.of(new Attribution(mention.get().name(), passage.index(), verbStart, mention.get().end(),
                    verbStart));
        }
        Matcher pronoun = PRONOUN.matcher(passage.text()).region(at, passage.text().length());
        if (at < passage.text().length() && pronoun.lookingAt()) {
            return resolvePronoun(passage, at).map(name ->
                    new Attribution(name, passage.index(), verbStart, pronoun.end(), verbStart));
        }
        return Optional.empty();
    }

    /** "Majko said", "he said", "Smith, a professor at X, said". */
    Optional<Attribution> speakerBefore(Passage passage, int from, int verbStart, int verbEnd) {
        String text = passage.text();
        int back = Words.skipSpacesBack(text, verbStart);
        Optional<NameIndex.Mention> mention = names.endingAt(passage.index(), back).filter(m -> m.start() >= from);
        if (mention.isPresent()) {
            return Optional.of(new Attribution(mention.get().name(), passage.index(), mention.get().start(), verbEnd,
                    verbStart));
        }
        Matcher pronoun = PRONOUN_ENDING.matcher(text).region(Math.max(from, back - 3), back)
                .useTransparentBounds(true);
        if (pronoun.find()) {
            int pronounStart = pronoun.start();
            return resolvePronoun(passage, pronounStart).map(name ->
                    new Attribution(name, passage.index(), pronounStart, verbEnd, verbStart));
        }
        if (back > 0 && text.charAt(back - 1) == ',') {
            // "Karsby's mayor, Jonas Eklund, said": the description came first.
            Optional<NameIndex.Mention> named = names.endingAt(passage.index(), Words.skipSpacesBack(text, back - 1))
                    .filter(m -> m.start() >= from);
            if (named.isPresent()) {
                return Optional.of(new Attribution(named.get().name(), passage.index(), named.get().start(), verbEnd,
                        verbStart));
            }
            for (NameIndex.Mention m : names.in(passage.index())) {
                if (m.start() >= from && m.end() < back && !m.possessive()
                        && APPOSITIVE.matcher(text).region(m.end(), back).matches()) {
                    return Optional.of(new Attribution(m.name(), passage.index(), m.start(), verbEnd, verbStart));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> resolvePronoun(Passage passage, int offset) {
        return names.lastBefore(passage.index(), offset, 2,
                        m -> !m.possessive() && !article.insideQuote(m.passage(), m.start()))
                .map(NameIndex.Mention::name);
    }

    static Matcher region(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
