package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerFinderTest {

    private static List<Speaker> speakers(String... paragraphs) {
        ArticleText article = ArticleText.of(paragraphs(paragraphs));
        return new SpeakerFinder(article, NameIndex.build(article)).find();
    }

    private static List<String> attributions(String... paragraphs) {
        return speakers(paragraphs).stream()
                .flatMap(s -> s.quotes().stream().map(q -> s.name() + " <- " + q.attribution().text()))
                .toList();
    }

    @Test
    void attribution_after_the_quote_with_the_verb_first_or_the_name_first() {
        assertThat(attributions(
                "Ana Pop teaches.",
                "“First quote here,” said Ana Pop.",
                "“Second quote here,” Pop tells Radio Free.",
                "“Third quote here” added Pop."))
                .containsExactly("Ana Pop <- said Ana Pop", "Ana Pop <- Pop tells", "Ana Pop <- added Pop");
    }

    @Test
    void attribution_before_the_quote_with_a_colon() {
        assertThat(attributions("Ana Pop said: “We will not move.”", "Pop, adding: “Nor will they.”"))
                .containsExactly("Ana Pop <- Ana Pop said", "Ana Pop <- Pop, adding");
    }

    @Test
    void a_participle_belongs_to_the_subject_of_the_sentence_not_the_nearest_name() {
        assertThat(attributions("Ana Pop replied to remarks made by Ion Rus saying: “That is false.”",
                "Ion Rus left."))
                .containsExactly("Ana Pop <- Ana Pop replied to remarks made by Ion Rus saying");
    }

    @Test
    void he_and_she_stand_for_the_last_person_named_outside_quotes() {
        assertThat(attributions("Ana Pop spoke after the death of Ion Rus’s brother, in which she said: "
                + "“We grieve with the family.”"))
                .containsExactly("Ana Pop <- she said");
    }

    @Test
    void a_quote_without_attribution_belongs_to_the_speaker_of_its_paragraph_or_the_paragraph_before() {
        assertThat(speakers(
                "“It is over,” says Ana Pop. “Nobody wants to admit it.”",
                "“The money has gone and the voters know.",
                "Meanwhile the council met."))
                .extracting(Speaker::name, Speaker::directQuotes)
                .containsExactly(tuple("Ana Pop", 3));
    }

    @Test
    void scare_quotes_without_attribution_are_not_speech() {
        assertThat(speakers("Ana Pop is a reformer. Her “democratic plan” (Exit.al, May 2) was praised."))
                .isEmpty();
    }

    @Test
    void two_quotes_sharing_one_attribution_in_one_sentence_are_two_quotes_unless_one_continues_the_other() {
        assertThat(speakers("Voters don’t “dare to complain” says Ana Pop even though “most of them are angry.”"))
                .extracting(Speaker::directQuotes).containsExactly(2);
        assertThat(speakers("“We are not asking much,” Ana Pop said, “only for fairness.”"))
                .extracting(Speaker::directQuotes).containsExactly(1);
    }

    @Test
    void indirect_quotes_in_the_common_forms() {
        List<Speaker> found = speakers(
                "Ana Pop said that the plan had failed.",
                "Pop told reporters that the mayor should resign.",
                "According to Ion Rus, the budget is short by a third.",
                "The budget will be cut next year, according to Rus.",
                "Rus claimed the figures were wrong. Rus warned of a strike.",
                "Rus, a former minister, argued that the city would recover.",
                "The vote was rigged, said Pop.");
        assertThat(found).extracting(Speaker::name, Speaker::directQuotes, Speaker::indirectQuotes)
                .containsExactly(tuple("Ion Rus", 0, 4), tuple("Ana Pop", 0, 3));
        assertThat(found.get(0).quotes()).extracting(q -> q.span().text()).containsExactly(
                "the budget is short by a third",
                "The budget will be cut next year",
                "the figures were wrong",
                "the city would recover");
        assertThat(found.get(1).quotes()).extracting(q -> q.span().text()).containsExactly(
                "the plan had failed", "the mayor should resign", "The vote was rigged");
    }

    @Test
    void roles_come_from_titles_descriptions_before_the_name_and_appositives() {
        assertThat(speakers(
                "The acting foreign minister Ana Pop said the talks were over.",
                "Romania’s former Prime Minister during the crisis and current Minister of Culture, Ion Rus, said "
                        + "the theatre would reopen.",
                "“It will,” said Dr Eva Lungu, a historian at the University of Cluj."))
                .extracting(Speaker::name, Speaker::roles)
                .containsExactly(
                        tuple("Ana Pop", List.of("the acting foreign minister")),
                        tuple("Ion Rus", List.of("Romania’s former Prime Minister during the crisis and current "
                                + "Minister of Culture")),
                        tuple("Eva Lungu", List.of("Dr", "a historian at the University of Cluj")));
    }

    @Test
    void speakers_are_ordered_by_quotes_then_by_first_mention() {
        assertThat(speakers(
                "Ion Rus arrived. “One,” said Ana Pop.",
                "“Two,” said Rus. “Three,” said Pop. “Four,” said Pop."))
                .extracting(Speaker::name, Speaker::totalQuotes)
                .containsExactly(tuple("Ana Pop", 3), tuple("Ion Rus", 1));
        assertThat(speakers("“One,” said Ana Pop. “Two,” said Ion Rus."))
                .extracting(Speaker::name).containsExactly("Ana Pop", "Ion Rus");
    }

    @Test
    void organisations_and_outlets_are_not_speakers() {
        assertThat(speakers(
                "“We deny it,” said the Northwind Energy board.",
                "NBC News said the group was financed abroad. The Intercept reported that it ran fake accounts."))
                .isEmpty();
    }
}
