package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnnamedSourceFinderTest {

    private static List<String> phrases(String... paragraphs) {
        ArticleText article = ArticleText.of(paragraphs(paragraphs));
        return new UnnamedSourceFinder(article, NameIndex.build(article)).find().stream()
                .map(UnnamedSource::phrase).toList();
    }

    @Test
    void a_source_noun_doing_the_saying() {
        assertThat(phrases("Officials said the road would close. Critics, however, argue otherwise. "
                + "Senior Western diplomats warned of delays. Experts in the region say little."))
                .containsExactly("Officials said", "Critics, however, argue", "Senior Western diplomats warned",
                        "Experts in the region say");
    }

    @Test
    void a_source_noun_after_the_verb_or_in_the_passive() {
        assertThat(phrases("“Prices are up,” said one trader. The story was widely reported by local media. "
                + "The figure is disputed, according to some analysts."))
                .containsExactly("said one trader", "reported by local media", "according to some analysts");
    }

    @Test
    void stock_phrases() {
        assertThat(phrases("It is believed the talks failed. There have been reports of arrests. "
                + "Reports suggest a deal. Sources close to the palace disagree."))
                .containsExactly("It is believed", "There have been reports", "Reports suggest", "Sources close to");
    }

    @Test
    void a_singular_source_needs_a_or_one_and_must_not_be_named() {
        assertThat(phrases("The official said nothing. A spokesperson said no. Spokesperson Ana Pop said yes. "
                + "An official, Ion Rus, said maybe."))
                .containsExactly("A spokesperson said");
    }

    @Test
    void a_description_of_a_named_person_is_not_an_unnamed_source() {
        assertThat(phrases("Ana Pop, an analyst at the bank, said rates would rise.")).isEmpty();
    }
}
