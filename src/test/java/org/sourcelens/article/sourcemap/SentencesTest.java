package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void splits_after_full_stops_question_and_exclamation_marks() {
        assertThat(sentences("It rained. Was it cold? Yes!"))
                .containsExactly("It rained.", "Was it cold?", "Yes!");
    }

    @Test
    void titles_initials_and_dotted_abbreviations_do_not_end_a_sentence() {
        assertThat(sentences("Dr. Smith met John F. Kennedy. The U.S. National Guard came."))
                .containsExactly("Dr. Smith met John F. Kennedy.", "The U.S. National Guard came.");
    }

    @Test
    void a_closing_quote_mark_stays_with_its_sentence() {
        assertThat(sentences("“We will win.” He left. \"So will we.\" Then rain."))
                .containsExactly("“We will win.”", "He left.", "\"So will we.\"", "Then rain.");
    }

    @Test
    void a_full_stop_followed_by_lower_case_or_inside_a_web_address_does_not_split() {
        assertThat(sentences("Read Exit.al for more. e.g. this one continues."))
                .containsExactly("Read Exit.al for more. e.g. this one continues.");
    }
}
