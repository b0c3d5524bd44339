package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureFinderTest {

    private static List<Figure> figures(String... paragraphs) {
        return new FigureFinder(ArticleText.of(paragraphs(paragraphs))).find();
    }

    @Test
    void numbers_in_digits_with_their_qualifier_and_head_noun() {
        assertThat(figures("Albania took in more than 4,000 members of the group, some 200 MEK members fled and "
                + "about 1,900 people arrived. Prices rose 12.5 percent, then 3%. It cost $2 million."))
                .extracting(Figure::text, Figure::value, Figure::subject, Figure::qualifier)
                .containsExactly(
                        tuple("more than 4,000 members", 4000.0, "members", "more than"),
                        tuple("some 200 MEK members", 200.0, "members", "some"),
                        tuple("about 1,900 people", 1900.0, "people", "about"),
                        tuple("12.5 percent", 12.5, "percent", ""),
                        tuple("3%", 3.0, "percent", ""),
                        tuple("$2 million", 2.0e6, "dollars", ""));
    }

    @Test
    void ranges_keep_both_ends() {
        assertThat(figures("Somewhere in the range of 500-2,000 MEK members stayed for 3 to 5 years."))
                .extracting(Figure::value, Figure::upperValue, Figure::subject)
                .containsExactly(tuple(500.0, 2000.0, "members"), tuple(3.0, 5.0, "years"));
    }

    @Test
    void number_words_count_only_with_what_they_count() {
        assertThat(figures("Two Iranian diplomats left after eight years. Thousands of them stayed, the three "
                + "seemingly agreed, and twenty-five armed men and a dozen boats came. One of them spoke."))
                .extracting(Figure::text, Figure::value, Figure::subject)
                .containsExactly(
                        tuple("Two Iranian diplomats", 2.0, "diplomats"),
                        tuple("eight years", 8.0, "years"),
                        tuple("Thousands of them", null, "them"),
                        tuple("twenty-five armed men", 25.0, "men"),
                        tuple("a dozen boats", 12.0, "boats"));
    }

    @Test
    void years_dates_decades_ordinals_labels_and_note_markers_are_not_figures() {
        assertThat(figures("In 2014, until 2012 and between 2007 and 2015, in the early 1980s, on March 14, "
                + "14 March 2019 and June 25, 2015, the 16th time, Channel 4 and Volume: 16 reported it [1]. "
                + "In 2017 the group grew. At 10:30 it ended."))
                .isEmpty();
    }

    @Test
    void a_year_like_number_counts_when_it_is_qualified_or_counts_something() {
        assertThat(figures("Some 2000 members came, and 1999 refugees followed."))
                .extracting(Figure::text, Figure::value)
                .containsExactly(tuple("Some 2000 members", 2000.0), tuple("1999 refugees", 1999.0));
    }

    @Test
    void a_number_opening_a_note_is_its_list_marker() {
        assertThat(figures("NOTE 1. See the report, page 12.")).extracting(Figure::text).containsExactly("12");
    }
}
