package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerFinderTest {

    private static List<Marker> hedges(String text) {
        return MarkerFinder.HEDGES.find(ArticleText.of(paragraphs(text)));
    }

    private static List<Marker> loaded(String text) {
        return MarkerFinder.LOADED_WORDS.find(ArticleText.of(paragraphs(text)));
    }

    @Test
    void loaded_words_match_whole_words_in_any_case_and_inflection() {
        assertThat(loaded("Terrorists and a TERROR cell slammed the regime’s cult-like propaganda. "
                + "The cultivating of terrace gardens is not cultish."))
                .extracting(Marker::word, m -> m.span().text())
                .containsExactly(
                        tuple("terrorist", "Terrorists"),
                        tuple("terror", "TERROR"),
                        tuple("slam", "slammed"),
                        tuple("regime", "regime"),
                        tuple("cult-like", "cult-like"),
                        tuple("propaganda", "propaganda"));
    }

    @Test
    void a_loaded_word_inside_a_proper_name_is_not_counted() {
        assertThat(loaded("Publication: Terrorism Monitor. Terrorism is rising.")).extracting(m -> m.span().text())
                .containsExactly("Terrorism");
    }

    @Test
    void hedges_include_phrases_and_prefer_the_longest_match() {
        assertThat(hedges("It is believed that he allegedly fled and may return; it seems he is said to hide."))
                .extracting(Marker::word)
                .containsExactly("it is believed", "allegedly", "may", "seem", "is said to");
    }

    @Test
    void the_month_may_is_not_a_hedge() {
        assertThat(hedges("In May 2015 they met. May 3 was sunny. May they win, as they may.")).extracting(Marker::word)
                .containsExactly("may", "may");
    }
}
