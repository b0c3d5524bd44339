package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Puts direct and indirect quotes together per named speaker. */
final class SpeakerFinder {

    private record Located(int passage, int start, Quote quote) {
    }

    private static final class Tally {
        final List<Located> quotes = new ArrayList<>();
        int direct;
        int indirect;
    }

    private final ArticleText article;
    private final NameIndex names;

    SpeakerFinder(ArticleText article, NameIndex names) {
        this.article = article;
        this.names = names;
    }

    List<Speaker> find() {
        AttributionMatcher matcher = new AttributionMatcher(article, names);
        List<DirectQuoteFinder.Attributed> direct = new DirectQuoteFinder(article, matcher).find();
        Set<Long> usedVerbs = new HashSet<>();
        direct.forEach(d -> usedVerbs.add(d.attribution().verbKey()));
        List<IndirectQuoteFinder.Reported> indirect = new IndirectQuoteFinder(article, names, matcher, usedVerbs).find();

        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (DirectQuoteFinder.Attributed d : direct) {
            Tally tally = tallies.computeIfAbsent(d.attribution().name(), n -> new Tally());
            tally.direct++;
            tally.quotes.add(new Located(d.quote().first().passage(), d.quote().first().start(), directQuote(d)));
        }
        for (IndirectQuoteFinder.Reported r : indirect) {
            Tally tally = tallies.computeIfAbsent(r.attribution().name(), n -> new Tally());
            tally.indirect++;
            tally.quotes.add(new Located(r.attribution().passage(), r.clause().start(),
                    new Quote(QuoteKind.INDIRECT, r.clause(), List.of(r.clause()), span(r.attribution()))));
        }

        RoleFinder roles = new RoleFinder(article, names);
        List<Speaker> speakers = new ArrayList<>();
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            tally.quotes.sort(Comparator.comparingInt(Located::passage).thenComparingInt(Located::start));
            NameIndex.Mention first = names.firstMention(entry.getKey()).orElseThrow();
            speakers.add(new Speaker(entry.getKey(), roles.rolesOf(entry.getKey()), tally.direct, tally.indirect,
                    tally.quotes.stream().map(Located::quote).toList(),
                    article.passage(first.passage()).span(first.start(), first.end())));
        }
        speakers.sort(Comparator.comparingInt(Speaker::totalQuotes).reversed()
                .thenComparing(s -> names.firstMention(s.name()).orElseThrow(),
                        Comparator.comparingInt(NameIndex.Mention::passage).thenComparingInt(NameIndex.Mention::start)));
        return speakers;
    }

    private Quote directQuote(DirectQuoteFinder.Attributed attributed) {
        List<TextSpan> parts = attributed.quote().pieces().stream()
                .map(p -> article.passage(p.passage()).span(p.start(), p.end()))
                .toList();
        return new Quote(QuoteKind.DIRECT, parts.get(0), parts, span(attributed.attribution()));
    }

    private TextSpan span(Attribution attribution) {
        return article.passage(attribution.passage()).span(attribution.start(), attribution.end());
    }
}
