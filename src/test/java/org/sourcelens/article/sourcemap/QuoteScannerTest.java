package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static List<List<String>> quotes(String... paragraphs) {
        ArticleText article = ArticleText.of(paragraphs(paragraphs));
        return article.quotes().stream()
                .map(q -> q.pieces().stream()
                        .map(p -> article.passage(p.passage()).text().substring(p.start(), p.end()))
                        .toList())
                .toList();
    }

    @Test
    void curly_and_straight_quotes_may_be_mixed_and_the_attribution_comma_is_dropped() {
        assertThat(quotes("\"The MEK is despised,” said X. “Yes,\" said Y. \"Plain\" too."))
                .containsExactly(List.of("The MEK is despised"), List.of("Yes"), List.of("Plain"));
    }

    @Test
    void a_quote_left_open_continues_when_the_next_paragraph_opens_with_a_quote_mark() {
        assertThat(quotes("“First part.", "“Second part,” she said.", "After."))
                .containsExactly(List.of("First part.", "Second part"));
        assertThat(quotes("\"First part.", "\"Second part,\" she said."))
                .containsExactly(List.of("First part.", "Second part"));
    }

    @Test
    void a_quote_left_open_ends_with_its_paragraph_when_the_next_does_not_open_a_quote() {
        assertThat(quotes("“Never closed.", "Plain text with “a quote” in it."))
                .containsExactly(List.of("Never closed."), List.of("a quote"));
    }

    @Test
    void single_quotes_and_apostrophes_do_not_open_quotes() {
        assertThat(quotes("He said “it’s ‘Ich bin ein Berliner’ again” and left. People's choice."))
                .containsExactly(List.of("it’s ‘Ich bin ein Berliner’ again"));
    }

    @Test
    void quotes_do_not_run_on_into_notes() {
        assertThat(quotes("“Open to the end.", "NOTE “Title of a source”, 2020."))
                .containsExactly(List.of("Open to the end."), List.of("Title of a source"));
    }

    @Test
    void inch_marks_and_stray_closing_marks_are_ignored() {
        assertThat(quotes("A 5\" screen” and more.")).isEmpty();
    }
}
