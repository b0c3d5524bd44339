package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.assertEverySpanMatchesItsBlock;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.speaker;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.texts;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.words;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two seed articles, with expectations written by hand from a careful reading: 000 is a think-tank
 * bulletin that quotes one politician and cites many outlets inline; 004 is a broadcaster's feature
 * that quotes two critics of the MEK many times and no one from the group.
 */
class SeedSourceMapTest {

    private static final Pattern NOTE_NUMBER = Pattern.compile("\\d+\\.\\s+(.*)");

    private static final SourceText BULLETIN = sourceText(SeedArticleTexts.THINK_TANK_BULLETIN,
            block -> block.equals("Placeholder canvas") || block.startsWith("(source:"));
    private static final SourceText FEATURE = sourceText(SeedArticleTexts.BROADCASTER_FEATURE,
            block -> block.startsWith("Maryam Rajavi (L)") || block.equals("Route 6"));

    private static final SourceMap BULLETIN_MAP = SourceMapAnalyzer.analyze(BULLETIN);
    private static final SourceMap FEATURE_MAP = SourceMapAnalyzer.analyze(FEATURE);

    /**
     * Splits a seed on blank lines into paragraphs p1, p2, …; after "Notes" each numbered line is a
     * note (note-1, …) and a bare line such as a URL belongs to the note before it.
     */
    static SourceText sourceText(String raw, Predicate<String> skipped) {
        List<SourceText.Block> blocks = new ArrayList<>();
        int paragraphs = 0;
        int notes = 0;
        boolean inNotes = false;
        for (String chunk : raw.split("\\n\\s*\\n")) {
            String block = chunk.strip();
            if (block.isEmpty() || skipped.test(block)) {
                continue;
            }
            if (block.equals("Notes")) {
                inNotes = true;
            } else if (!inNotes) {
                blocks.add(new SourceText.Block("p" + ++paragraphs, block));
            } else {
                for (String line : block.split("\\n")) {
                    Matcher numbered = NOTE_NUMBER.matcher(line.strip());
                    if (numbered.matches()) {
                        blocks.add(new SourceText.Block("note-" + ++notes, numbered.group(1)));
                    } else {
                        SourceText.Block previous = blocks.remove(blocks.size() - 1);
                        blocks.add(new SourceText.Block(previous.anchor(), previous.text() + " " + line.strip()));
                    }
                }
            }
        }
        return new SourceText(blocks);
    }

    @Test
    void seed_texts_split_into_paragraphs_and_notes() {
        assertThat(BULLETIN.blocks()).extracting(SourceText.Block::anchor)
                .startsWith("p1", "p2")
                .endsWith("p15", "note-1", "note-2", "note-3");
        assertThat(BULLETIN.blocks().get(0).text()).startsWith("MEK in Albania");
        assertThat(BULLETIN.blocks()).extracting(SourceText.Block::text)
                .contains("Pandeli Majko’s speech in Paris, May 10, 2015: https://www.youtube.com/watch?v=kIR97EP_phE",
                        "Ibid.");
        assertThat(FEATURE.blocks()).hasSize(30);
        assertThat(FEATURE.blocks().get(29).text()).startsWith("“MEK with its paramilitary camps");
    }

    @Test
    void every_item_of_both_seeds_points_at_its_exact_text() {
        assertEverySpanMatchesItsBlock(BULLETIN, BULLETIN_MAP);
        assertEverySpanMatchesItsBlock(FEATURE, FEATURE_MAP);
    }

    @Test
    void feature_quotes_two_critics_many_times_and_no_one_from_the_group() {
        assertThat(FEATURE_MAP.speakers())
                .extracting(Speaker::name, Speaker::directQuotes, Speaker::indirectQuotes, Speaker::roles)
                .containsExactly(
                        tuple("Olsi Jazexhi", 9, 1, List.of("Dr",
                                "an Albanian academic and expert who has been tracking MEK activities in Albania")),
                        tuple("Seyed Mohammad Marandi", 6, 0,
                                List.of("Professor of English Literature and Orientalism at the University of Tehran")),
                        tuple("Ali Khamenei", 1, 0, List.of("Supreme leader", "Iran’s powerful Supreme Leader")),
                        tuple("Gent Cakaj", 0, 1, List.of("the acting Albanian foreign minister")),
                        tuple("Ilir Meta", 1, 0, List.of("Albanian President")));
        assertThat(FEATURE_MAP.speakers()).extracting(Speaker::name)
                .noneMatch(name -> name.contains("Rajavi") || name.contains("MEK"));
    }

    @Test
    void feature_resolves_surnames_titles_and_pronouns_to_the_right_speaker() {
        Speaker jazexhi = speaker(FEATURE_MAP, "Olsi Jazexhi");
        assertThat(jazexhi.firstMention().text()).isEqualTo("Olsi Jazexhi");
        assertThat(jazexhi.firstMention().anchor()).isEqualTo("p6");
        assertThat(jazexhi.quotes()).extracting(q -> q.attribution().text()).containsExactly(
                "says Dr Olsi Jazexhi", "Jazexhi tells", "added Jazexhi", "says Jazexhi", "says Jazexhi",
                "says Jazexhi", "says Jazexhi", "says Jazexhi", "adds Jazexhi", "says Jazexhi");
        assertThat(jazexhi.quotes()).extracting(Quote::kind, q -> q.span().text()).contains(
                tuple(QuoteKind.DIRECT, "dare to do anything"),
                tuple(QuoteKind.DIRECT, "the majority of Albanians are appalled by what the government is doing."),
                tuple(QuoteKind.INDIRECT, "The MEK could also be acting against the Albanian penal code"));

        Speaker khamenei = speaker(FEATURE_MAP, "Ali Khamenei");
        assertThat(khamenei.firstMention().anchor()).isEqualTo("p2");
        assertThat(khamenei.quotes()).singleElement().satisfies(q -> {
            assertThat(q.attribution().text()).isEqualTo("he said");
            assertThat(q.span().text()).startsWith("In a very small European country but an evil country in Europe");
        });

        assertThat(speaker(FEATURE_MAP, "Ilir Meta").quotes()).singleElement()
                .satisfies(q -> assertThat(q.span().text()).isEqualTo("Albania is not a devilish country, but a democratic one."));
        assertThat(speaker(FEATURE_MAP, "Gent Cakaj").quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
            assertThat(q.span().text()).isEqualTo("an additional two Iranian diplomats would be expelled from Albania");
        });
    }

    @Test
    void feature_counts_a_quote_that_continues_a_speakers_previous_paragraph_for_that_speaker() {
        Quote orphan = speaker(FEATURE_MAP, "Olsi Jazexhi").quotes().get(4);
        assertThat(orphan.span().anchor()).isEqualTo("p22");
        assertThat(orphan.span().text()).startsWith("While the United States and Israel are in open conflict");
        assertThat(orphan.attribution().anchor()).isEqualTo("p21");
    }

    @Test
    void bulletin_quotes_only_pandeli_majko() {
        assertThat(BULLETIN_MAP.speakers())
                .extracting(Speaker::name, Speaker::directQuotes, Speaker::indirectQuotes, Speaker::roles)
                .containsExactly(tuple("Pandeli Majko", 1, 0,
                        List.of("Albania’s former Prime Minister during the war in Kosovo and current Minister of Diaspora")));
        Quote speech = BULLETIN_MAP.speakers().get(0).quotes().get(0);
        assertThat(speech.attribution().text()).isEqualTo("Majko said");
        assertThat(speech.span().text()).startsWith("whether you want it or not").endsWith("Invited by you.");
    }

    @Test
    void bulletin_cites_every_outlet_inline_with_its_date() {
        assertThat(citations(BULLETIN_MAP, CitationKind.INLINE))
                .extracting(Citation::source, Citation::detail, c -> c.spans().size())
                .containsExactly(
                        tuple("Shekulli", "March 12, 2016", 1),
                        tuple("Exit.al", "March 14", 2),
                        tuple("Iran-interlink.org", "", 1),
                        tuple("Exit.al", "June 26", 2),
                        tuple("KlanTV", "March 21", 1),
                        tuple("Shqiptarja.com", "August 19", 1),
                        tuple("Lapsi.al", "August 19", 2),
                        tuple("The Iranian", "August 2018", 1),
                        tuple("Top Channel", "February 13", 2),
                        tuple("Media e Lire", "April 17", 1),
                        tuple("Nejat NGO", "September 29", 1),
                        tuple("Balkan Insight", "June 25, 2015", 1));
        Citation lapsi = citations(BULLETIN_MAP, CitationKind.INLINE).stream()
                .filter(c -> c.source().equals("Lapsi.al")).findFirst().orElseThrow();
        assertThat(lapsi.spans()).extracting(TextSpan::anchor, TextSpan::text)
                .containsExactly(tuple("p11", "Lapsi.al, August 19"), tuple("p12", "Lapsi.al, August 19"));
    }

    @Test
    void bulletin_notes_outlets_and_documents_are_cited_too() {
        assertThat(citations(BULLETIN_MAP, CitationKind.NOTE))
                .extracting(Citation::source, Citation::detail, c -> texts(c.spans(), s -> s))
                .containsExactly(
                        tuple("US State Department", "September 28, 2012",
                                List.of("US State Department, September 28, 2012")),
                        tuple("youtube.com", "Pandeli Majko’s speech in Paris, May 10, 2015",
                                List.of("Pandeli Majko’s speech in Paris, May 10, 2015: https://www.youtube.com/watch?v=kIR97EP_phE",
                                        "Ibid.")));
        assertThat(citations(BULLETIN_MAP, CitationKind.OUTLET))
                .extracting(Citation::source, Citation::detail, c -> c.spans().size())
                .containsExactly(tuple("Channel 4", "a well-known British news agency", 3));
        assertThat(citations(BULLETIN_MAP, CitationKind.DOCUMENT))
                .extracting(Citation::source, Citation::detail)
                .containsExactly(
                        tuple("threat assessment", "Albania’s Intelligence Agency"),
                        tuple("report", ""),
                        tuple("U.S. State Department Press Release", ""));
    }

    @Test
    void feature_names_its_outlets_and_documents_in_the_running_text() {
        assertThat(FEATURE_MAP.citations())
                .extracting(Citation::kind, Citation::source, Citation::detail, c -> c.spans().size())
                .containsExactly(
                        tuple(CitationKind.OUTLET, "Facebook", "", 1),
                        tuple(CitationKind.OUTLET, "TRT World", "", 2),
                        tuple(CitationKind.DOCUMENT, "report", "NBC News", 1),
                        tuple(CitationKind.OUTLET, "NBC News", "US media outlet", 1),
                        tuple(CitationKind.OUTLET, "The Intercept", "an online investigative publication", 1),
                        tuple(CitationKind.DOCUMENT, "Albanian penal code", "", 1));
    }

    @Test
    void the_two_articles_give_different_counts_of_members_who_came_to_albania() {
        assertThat(FEATURE_MAP.figures())
                .extracting(Figure::text, Figure::value, Figure::subject, Figure::qualifier)
                .containsExactly(
                        tuple("an additional two Iranian diplomats", 2.0, "diplomats", "an additional"),
                        tuple("more than 4,000 members", 4000.0, "members", "more than"),
                        tuple("eight years", 8.0, "years", ""),
                        tuple("Thousands of them", null, "them", ""),
                        tuple("two powers", 2.0, "powers", ""));
        assertThat(BULLETIN_MAP.figures())
                .extracting(Figure::text, Figure::value, Figure::upperValue, Figure::subject)
                .containsExactly(
                        tuple("some 200 members", 200.0, null, "members"),
                        tuple("somewhere in the range of 500-2,000 MEK members", 500.0, 2000.0, "members"),
                        tuple("about 1,900 people", 1900.0, null, "people"),
                        tuple("some 200 members", 200.0, null, "members"));

        double featureCount = FEATURE_MAP.figures().stream().filter(f -> f.subject().equals("members"))
                .mapToDouble(Figure::value).max().orElseThrow();
        double bulletinHighest = BULLETIN_MAP.figures().stream().filter(f -> f.subject().equals("members"))
                .mapToDouble(f -> f.upperValue() != null ? f.upperValue() : f.value()).max().orElseThrow();
        assertThat(featureCount).isEqualTo(4000.0);
        assertThat(bulletinHighest).isEqualTo(2000.0);
    }

    @Test
    void bare_years_dates_and_note_numbers_are_not_figures() {
        assertThat(texts(BULLETIN_MAP.figures(), Figure::span))
                .noneMatch(t -> t.matches(".*(?:2012|2013|2015|1980|14|16|19).*") && !t.contains("members"));
        assertThat(texts(FEATURE_MAP.figures(), Figure::span)).noneMatch(t -> t.contains("2014") || t.contains("2018"));
    }

    @Test
    void unnamed_sources_of_both_seeds() {
        assertThat(BULLETIN_MAP.unnamedSources()).extracting(UnnamedSource::phrase).containsExactly(
                "reported by local media",
                "Testimonies from dissidents who left the group in recent months speak of",
                "Authorities in both Kosovo and Macedonia, however, have raised alarm bells");
        assertThat(FEATURE_MAP.unnamedSources()).extracting(UnnamedSource::phrase).containsExactly(
                "Former members of the MEK have spoken out",
                "There have been reports");
    }

    @Test
    void hedges_are_found_and_the_month_may_is_not_one() {
        assertThat(words(BULLETIN_MAP.hedges()))
                .contains("allegedly", "may", "suggest", "seemingly", "unclear", "seem")
                .doesNotContain("could");
        assertThat(texts(BULLETIN_MAP.hedges(), Marker::span)).doesNotContain("May");
        assertThat(words(FEATURE_MAP.hedges())).containsExactly("seem", "likely", "suggest", "could", "could", "could");
    }

    @Test
    void loaded_words_are_found_in_their_inflected_forms() {
        assertThat(words(FEATURE_MAP.loadedWords())).contains("terrorist", "terror", "cult", "cult-like",
                "mercenary", "traitor", "propaganda", "militant", "hawkish", "devilish", "foolish", "dangerous",
                "fragile", "impoverished", "appalled", "secretive", "evil", "so-called");
        assertThat(FEATURE_MAP.loadedWords()).filteredOn(m -> m.word().equals("terrorist"))
                .extracting(m -> m.span().text()).contains("terrorist", "terrorists");
        assertThat(words(BULLETIN_MAP.loadedWords())).contains("terrorist", "regime", "propaganda", "secretive",
                "indoctrinated", "extremism");
        assertThat(texts(BULLETIN_MAP.loadedWords(), Marker::span)).doesNotContain("Terrorism");
    }

    private static List<Citation> citations(SourceMap map, CitationKind kind) {
        return map.citations().stream().filter(c -> c.kind() == kind).toList();
    }
}
