package org.sourcelens.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The English text of a message, as logs, exception messages and the command line show it. */
class MessageTest {

    @Test
    void a_text_without_parameters_is_taken_as_written() {
        assertThat(Message.of("assignment.refused.chooseTheQuestionSType").english())
                .isEqualTo("Choose the question's type and dimension.");
    }

    @Test
    void parameters_are_filled_in_and_numbers_are_not_grouped() {
        assertThat(Message.of("annotation.refused.aReplyMayHaveAt", 2000, 2345).english())
                .isEqualTo("A reply may have at most 2000 characters; this one has 2345.");
    }

    @Test
    void a_choice_picks_the_words_and_keeps_the_apostrophe() {
        assertThat(Message.of("privacy.refused.studentsOnly", 1).english())
                .isEqualTo("Only students' data is exported or deleted here; this is an administrator's account.");
        assertThat(Message.of("privacy.refused.studentsOnly", 0).english()).endsWith("this is an instructor's account.");
    }

    @Test
    void a_nested_message_is_translated_too() {
        Message inner = Message.of("assignment.refused.markExactlyOneOptionAs");
        assertThat(Message.of("assignment.refused.inQuestion", 3, inner).english())
                .isEqualTo("Question 3: Mark exactly one option as correct.");
    }

    @Test
    void the_refusal_carries_the_english_text_as_its_message() {
        ValidationException refusal = new ValidationException(Message.of("security.throttle.seconds", 1));
        assertThat(refusal).hasMessage("Too many failed attempts; try again in 1 second.");
        assertThat(refusal.text()).isPresent();
        assertThat(new ValidationException(Message.of("security.throttle.minutes", 5)))
                .hasMessage("Too many failed attempts; try again in 5 minutes.");
    }

    @Test
    void an_unknown_key_shows_itself() {
        assertThat(Message.of("no.such.key").english()).isEqualTo("no.such.key");
    }

    @Test
    void a_missing_parameter_shows_as_null_instead_of_failing() {
        assertThat(Message.of("assignment.refused.thisFileIsNotA", null, "sourcelens-question-set").english())
                .isEqualTo("This file is not a SourceLens question set (format \"null\"; expected \"sourcelens-question-set\").");
    }
}
