package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.assertEverySpanMatchesItsBlock;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.paragraphs;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.speaker;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.words;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Invented articles, each written to exercise a different way of quoting and citing. */
class MadeUpArticlesTest {

    /** Curly quotes, a title then a surname, a quote over two paragraphs, "according to", "told … that". */
    @Nested
    class LocalNewsStory {

        static final SourceText TEXT = paragraphs(
                "Port authority approves harbour expansion",
                "The Valmora port authority on Tuesday approved a plan to dredge the old harbour, a project that will "
                        + "cost an estimated €40 million and displace some 120 fishing families (Coastal Herald, May 3).",
                "“This is the biggest investment the town has seen in a generation,” said Mayor Elena Ruiz, who has "
                        + "championed the plan since 2019.",
                "Ruiz told the council that the harbour had lost almost half of its traffic over the past decade.",
                "“We cannot afford to stand still. Other ports along this coast have modernised, and the ships have "
                        + "followed them.",
                "“If we do nothing, in ten years there will be no harbour left to argue about,” she added.",
                "Not everyone is convinced. Critics say the dredging will destroy the seagrass beds that shelter young "
                        + "fish. According to Dr Tomas Berg, a marine biologist at the University of Lund, the seagrass "
                        + "stores more carbon per hectare than the surrounding forest.",
                "Berg said the authority had ignored three studies on the bay. “They commissioned a report and then "
                        + "buried it,” he said.",
                "Officials at the port authority said the dredging would take 18 months and employ more than 300 "
                        + "workers. One trader at the fish market, who asked not to be named, said prices had apparently "
                        + "already risen by 12 percent (Valmora Daily, May 4; Harbour Watch, April 28).",
                "Ruiz dismissed the objections. “The science is clear, and so is the vote,” she said on Wednesday.");

        static final SourceMap MAP = SourceMapAnalyzer.analyze(TEXT);

        @Test
        void speakers_are_counted_per_quote_and_ordered_by_how_often_they_are_quoted() {
            assertThat(MAP.speakers())
                    .extracting(Speaker::name, Speaker::directQuotes, Speaker::indirectQuotes, Speaker::roles)
                    .containsExactly(
                            tuple("Elena Ruiz", 3, 1, List.of("Mayor")),
                            tuple("Tomas Berg", 1, 2, List.of("Dr", "a marine biologist at the University of Lund")));
        }

        @Test
        void quotes_spanning_two_paragraphs_count_once() {
            Quote spanning = speaker(MAP, "Elena Ruiz").quotes().get(2);
            assertThat(spanning.parts()).extracting(TextSpan::anchor, TextSpan::text).containsExactly(
                    tuple("p5", "We cannot afford to stand still. Other ports along this coast have modernised, and "
                            + "the ships have followed them."),
                    tuple("p6", "If we do nothing, in ten years there will be no harbour left to argue about"));
            assertThat(spanning.attribution().text()).isEqualTo("she added");
        }

        @Test
        void pronouns_and_surnames_lead_back_to_the_full_name() {
            assertThat(speaker(MAP, "Elena Ruiz").quotes())
                    .extracting(Quote::kind, q -> q.attribution().text(), q -> q.span().text())
                    .containsExactly(
                            tuple(QuoteKind.DIRECT, "said Mayor Elena Ruiz",
                                    "This is the biggest investment the town has seen in a generation"),
                            tuple(QuoteKind.INDIRECT, "Ruiz told",
                                    "the harbour had lost almost half of its traffic over the past decade"),
                            tuple(QuoteKind.DIRECT, "she added",
                                    "We cannot afford to stand still. Other ports along this coast have modernised, "
                                            + "and the ships have followed them."),
                            tuple(QuoteKind.DIRECT, "she said", "The science is clear, and so is the vote"));
            assertThat(speaker(MAP, "Tomas Berg").quotes())
                    .extracting(Quote::kind, q -> q.attribution().text(), q -> q.span().text())
                    .containsExactly(
                            tuple(QuoteKind.INDIRECT, "According to Dr Tomas Berg",
                                    "the seagrass stores more carbon per hectare than the surrounding forest"),
                            tuple(QuoteKind.INDIRECT, "Berg said", "the authority had ignored three studies on the bay"),
                            tuple(QuoteKind.DIRECT, "he said", "They commissioned a report and then buried it"));
        }

        @Test
        void unnamed_sources_citations_figures_and_markers() {
            assertThat(MAP.unnamedSources()).extracting(UnnamedSource::phrase).containsExactly(
                    "Critics say",
                    "Officials at the port authority said",
                    "One trader at the fish market, who asked not to be named, said");
            assertThat(MAP.citations()).extracting(Citation::kind, Citation::source, Citation::detail).containsExactly(
                    tuple(CitationKind.INLINE, "Coastal Herald", "May 3"),
                    tuple(CitationKind.INLINE, "Valmora Daily", "May 4"),
                    tuple(CitationKind.INLINE, "Harbour Watch", "April 28"));
            assertThat(MAP.figures())
                    .extracting(Figure::text, Figure::value, Figure::subject, Figure::qualifier)
                    .containsExactly(
                            tuple("an estimated €40 million", 4.0e7, "euros", "an estimated"),
                            tuple("some 120 fishing families", 120.0, "families", "some"),
                            tuple("ten years", 10.0, "years", ""),
                            tuple("three studies", 3.0, "studies", ""),
                            tuple("18 months", 18.0, "months", ""),
                            tuple("more than 300 workers", 300.0, "workers", "more than"),
                            tuple("12 percent", 12.0, "percent", ""));
            assertThat(words(MAP.hedges())).containsExactly("apparently");
            assertThat(MAP.loadedWords()).isEmpty();
        }

        @Test
        void every_span_points_at_its_text() {
            assertEverySpanMatchesItsBlock(TEXT, MAP);
        }
    }

    /** Straight quotes, "X told Y that", a partial quote, a description before the name, vague numbers. */
    @Nested
    class InvestigativeStory {

        static final SourceText TEXT = paragraphs(
                "Energy firm accused of hiding spill",
                "Northwind Energy allegedly concealed an oil leak that may have polluted dozens of wells near Karsby, "
                        + "according to a report by the regional newspaper Karsby Courier.",
                "Professor Anna Lindqvist, a hydrologist who has studied the area for twenty years, told the Courier "
                        + "that the leak was \"the worst I have seen in this region.\"",
                "\"We detected hydrocarbons in eleven of the fourteen wells we sampled,\" Lindqvist said. \"Some of "
                        + "them are used for drinking water.\"",
                "A Northwind spokesperson denied the allegations and said the company had \"fully complied\" with its "
                        + "permits. It is believed that the firm reported a smaller leak to regulators in 2021.",
                "Reports suggest the regional environment agency was warned about the leak as early as March. "
                        + "Karsby's mayor, Jonas Eklund, said on Friday that the town would pay for independent testing.",
                "Environmental groups called the company's conduct \"reckless\" and \"a scandal\". Northwind shares "
                        + "fell 4% on Monday.");

        static final SourceMap MAP = SourceMapAnalyzer.analyze(TEXT);

        @Test
        void named_speakers_exclude_the_unnamed_spokesperson_and_scare_quotes() {
            assertThat(MAP.speakers())
                    .extracting(Speaker::name, Speaker::directQuotes, Speaker::indirectQuotes, Speaker::roles)
                    .containsExactly(
                            tuple("Anna Lindqvist", 3, 0,
                                    List.of("Professor", "a hydrologist who has studied the area for twenty years")),
                            tuple("Jonas Eklund", 0, 1, List.of("Karsby's mayor")));
            assertThat(speaker(MAP, "Anna Lindqvist").quotes()).extracting(q -> q.span().text()).containsExactly(
                    "the worst I have seen in this region.",
                    "We detected hydrocarbons in eleven of the fourteen wells we sampled",
                    "Some of them are used for drinking water.");
            assertThat(speaker(MAP, "Jonas Eklund").quotes()).singleElement()
                    .satisfies(q -> assertThat(q.span().text()).isEqualTo("the town would pay for independent testing"));
        }

        @Test
        void the_outlet_is_one_citation_however_it_is_named() {
            assertThat(MAP.citations())
                    .extracting(Citation::kind, Citation::source, Citation::detail,
                            c -> SourceMapAssertions.texts(c.spans(), s -> s))
                    .containsExactly(
                            tuple(CitationKind.DOCUMENT, "report", "Karsby Courier", List.of("report")),
                            tuple(CitationKind.OUTLET, "Karsby Courier", "regional newspaper",
                                    List.of("Karsby Courier", "Courier")));
        }

        @Test
        void unnamed_sources_figures_and_markers() {
            assertThat(MAP.unnamedSources()).extracting(UnnamedSource::phrase).containsExactly(
                    "A Northwind spokesperson denied the allegations and said",
                    "It is believed",
                    "Reports suggest");
            assertThat(MAP.figures())
                    .extracting(Figure::text, Figure::value, Figure::subject)
                    .containsExactly(
                            tuple("dozens of wells", null, "wells"),
                            tuple("twenty years", 20.0, "years"),
                            tuple("eleven of the fourteen wells", 11.0, "wells"),
                            tuple("4%", 4.0, "percent"));
            assertThat(words(MAP.hedges())).containsExactly("allegedly", "may", "it is believed", "suggest");
            assertThat(words(MAP.loadedWords())).containsExactly("scandal");
        }

        @Test
        void every_span_points_at_its_text() {
            assertEverySpanMatchesItsBlock(TEXT, MAP);
        }
    }

    /** Attribution in the middle of a quote, "X said:", "…, adding:", several references, numbered notes. */
    @Nested
    class AnalysisWithNotes {

        static final SourceText TEXT = paragraphs(
                "Grain corridor talks stall",
                "Negotiations over the Black Sea grain corridor stalled this week after Turkey's foreign minister, "
                        + "Hakan Demir, warned that shipping insurers would not return \"without written guarantees\" "
                        + "(Daily Sabah, July 12; Reuters, July 13).",
                "\"We are not asking for the moon,\" Demir said, \"only for the same terms that applied last year.\"",
                "Analysts said the deadlock could push wheat prices up by as much as 15 percent. \"Markets hate "
                        + "uncertainty,\" one diplomat in Ankara said.",
                "Elif Kaya, an economist at the Istanbul Policy Centre, argued that the corridor had cut global food "
                        + "prices. Kaya said: “Every month of delay costs importers in Africa tens of thousands of "
                        + "tonnes.” She warned that poorer states would be hit first, adding: “This is not a Turkish "
                        + "problem; it is everyone’s problem.”",
                "Observers note that the talks have collapsed twice before. A third failure is likely to push the issue "
                        + "back to the UN Security Council, which has been deeply divided on it.",
                "NOTE Reuters, \"Grain deal talks stall in Istanbul\", July 13, 2023, "
                        + "https://www.reuters.com/markets/grain-talks",
                "NOTE Ibid.",
                "NOTE Istanbul Policy Centre, Black Sea Grain Monitor (Istanbul Policy Centre, June 2023).");

        static final SourceMap MAP = SourceMapAnalyzer.analyze(TEXT);

        @Test
        void a_quote_broken_by_its_attribution_is_one_quote() {
            Quote broken = speaker(MAP, "Hakan Demir").quotes().get(1);
            assertThat(broken.parts()).extracting(TextSpan::text).containsExactly(
                    "We are not asking for the moon", "only for the same terms that applied last year.");
            assertThat(broken.attribution().text()).isEqualTo("Demir said");
        }

        @Test
        void speakers_with_direct_and_indirect_quotes() {
            assertThat(MAP.speakers())
                    .extracting(Speaker::name, Speaker::directQuotes, Speaker::indirectQuotes, Speaker::roles)
                    .containsExactly(
                            tuple("Elif Kaya", 2, 2, List.of("an economist at the Istanbul Policy Centre")),
                            tuple("Hakan Demir", 2, 0, List.of("Turkey's foreign minister")));
            assertThat(speaker(MAP, "Elif Kaya").quotes())
                    .extracting(Quote::kind, q -> q.span().text())
                    .containsExactly(
                            tuple(QuoteKind.INDIRECT, "the corridor had cut global food prices"),
                            tuple(QuoteKind.DIRECT,
                                    "Every month of delay costs importers in Africa tens of thousands of tonnes."),
                            tuple(QuoteKind.INDIRECT, "poorer states would be hit first"),
                            tuple(QuoteKind.DIRECT, "This is not a Turkish problem; it is everyone’s problem."));
        }

        @Test
        void references_and_notes_are_cited_with_their_dates() {
            assertThat(MAP.citations())
                    .extracting(Citation::kind, Citation::source, Citation::detail, c -> c.spans().size())
                    .containsExactly(
                            tuple(CitationKind.INLINE, "Daily Sabah", "July 12", 1),
                            tuple(CitationKind.INLINE, "Reuters", "July 13", 1),
                            tuple(CitationKind.NOTE, "reuters.com",
                                    "Reuters, \"Grain deal talks stall in Istanbul\", July 13, 2023", 2),
                            tuple(CitationKind.NOTE, "Istanbul Policy Centre", "June 2023", 1));
        }

        @Test
        void unnamed_sources_figures_and_markers() {
            assertThat(MAP.unnamedSources()).extracting(UnnamedSource::phrase)
                    .containsExactly("Analysts said", "one diplomat in Ankara said", "Observers note");
            assertThat(MAP.figures())
                    .extracting(Figure::text, Figure::value, Figure::subject, Figure::qualifier)
                    .containsExactly(
                            tuple("as much as 15 percent", 15.0, "percent", "as much as"),
                            tuple("tens of thousands of tonnes", null, "tonnes", ""));
            assertThat(words(MAP.hedges())).containsExactly("could", "likely");
            assertThat(MAP.loadedWords()).isEmpty();
        }

        @Test
        void every_span_points_at_its_text() {
            assertEverySpanMatchesItsBlock(TEXT, MAP);
        }
    }
}
