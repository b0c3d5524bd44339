package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationFinderTest {

    private static List<Citation> citations(String... paragraphs) {
        ArticleText article = ArticleText.of(paragraphs(paragraphs));
        return new CitationFinder(article, NameIndex.build(article)).find();
    }

    @Test
    void inline_references_in_every_date_form_and_several_in_one_pair_of_parentheses() {
        assertThat(citations("A (Exit.al, March 14). B (Balkan Insight, June 25, 2015). C (The Iranian, August 2018). "
                + "D (Lapsi.al, August 19; Media e Lire, April 17; Nejat NGO, 29 September). E (Iran-interlink.org)."))
                .extracting(Citation::kind, Citation::source, Citation::detail, c -> c.span().text())
                .containsExactly(
                        tuple(CitationKind.INLINE, "Exit.al", "March 14", "Exit.al, March 14"),
                        tuple(CitationKind.INLINE, "Balkan Insight", "June 25, 2015", "Balkan Insight, June 25, 2015"),
                        tuple(CitationKind.INLINE, "The Iranian", "August 2018", "The Iranian, August 2018"),
                        tuple(CitationKind.INLINE, "Lapsi.al", "August 19", "Lapsi.al, August 19"),
                        tuple(CitationKind.INLINE, "Media e Lire", "April 17", "Media e Lire, April 17"),
                        tuple(CitationKind.INLINE, "Nejat NGO", "29 September", "Nejat NGO, 29 September"),
                        tuple(CitationKind.INLINE, "Iran-interlink.org", "", "Iran-interlink.org"));
    }

    @Test
    void parentheses_that_are_not_references_are_ignored() {
        assertThat(citations("The group (MEK) met Rudy Giuliani (R) and John Bolton (now National Security "
                + "Advisor) in 2018 (see below)."))
                .isEmpty();
    }

    @Test
    void repeated_references_merge_but_keep_every_place() {
        List<Citation> found = citations("A (Exit.al, March 14).", "B (Exit.al, March 14). C (Exit.al, June 26).");
        assertThat(found).extracting(Citation::detail, c -> c.spans().size())
                .containsExactly(tuple("March 14", 2), tuple("June 26", 1));
        assertThat(found.get(0).spans()).extracting(TextSpan::anchor).containsExactly("p1", "p2");
    }

    @Test
    void outlets_named_as_sources_in_the_running_text() {
        assertThat(citations(
                "A report by the US media outlet NBC News suggested a link.",
                "Earlier this year The Intercept, an online investigative publication reported on it.",
                "“It is true,” Ana Pop tells TRT World. She announced it on her Facebook account.",
                "The Washington Post reported the same. Channel 4, a British broadcaster, filmed it.",
                "The crew from Channel 4 was attacked. Ana Pop told the US government nothing."))
                .filteredOn(c -> c.kind() == CitationKind.OUTLET)
                .extracting(Citation::source, Citation::detail, c -> c.spans().size())
                .containsExactly(
                        tuple("NBC News", "US media outlet", 1),
                        tuple("The Intercept", "an online investigative publication", 1),
                        tuple("TRT World", "", 1),
                        tuple("Facebook", "", 1),
                        tuple("The Washington Post", "", 1),
                        tuple("Channel 4", "a British broadcaster", 2));
    }

    @Test
    void outlets_inside_quotes_are_the_speakers_not_the_articles() {
        assertThat(citations("“They post on Facebook as well as on their Twitter account,” said Ana Pop."))
                .isEmpty();
    }

    @Test
    void documents_with_their_issuer() {
        assertThat(citations(
                "The media obtained a threat assessment on the group by Albania’s Intelligence Agency.",
                "The MEK could be acting against the Albanian penal code. Officials report that it grew.",
                "In a statement, the ministry denied it. According to the report, it grew."))
                .extracting(Citation::kind, Citation::source, Citation::detail)
                .containsExactly(
                        tuple(CitationKind.DOCUMENT, "threat assessment", "Albania’s Intelligence Agency"),
                        tuple(CitationKind.DOCUMENT, "Albanian penal code", ""),
                        tuple(CitationKind.DOCUMENT, "statement", ""),
                        tuple(CitationKind.DOCUMENT, "report", ""));
    }

    @Test
    void notes_cite_their_reference_or_web_address_and_ibid_repeats_the_note_before() {
        assertThat(citations(
                "Body text.",
                "NOTE See the press office statement (US State Department, September 28, 2012).",
                "NOTE Pandeli Majko’s speech in Paris, May 10, 2015: https://www.youtube.com/watch?v=kIR97EP_phE",
                "NOTE Ibid.",
                "NOTE Interview with the author."))
                .filteredOn(c -> c.kind() == CitationKind.NOTE)
                .extracting(Citation::source, Citation::detail, c -> SourceMapAssertions.texts(c.spans(), s -> s))
                .containsExactly(
                        tuple("US State Department", "September 28, 2012",
                                List.of("US State Department, September 28, 2012")),
                        tuple("youtube.com", "Pandeli Majko’s speech in Paris, May 10, 2015",
                                List.of("Pandeli Majko’s speech in Paris, May 10, 2015: "
                                        + "https://www.youtube.com/watch?v=kIR97EP_phE", "Ibid.")),
                        tuple("Interview with the author", "", List.of("Interview with the author.")));
    }
}
