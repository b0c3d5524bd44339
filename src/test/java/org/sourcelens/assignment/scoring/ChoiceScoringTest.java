package org.sourcelens.assignment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcelens.assignment.scoring.Questions.choice;
import static org.sourcelens.assignment.scoring.Questions.chose;
import static org.sourcelens.assignment.scoring.Questions.right;
import static org.sourcelens.assignment.scoring.Questions.wrong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionType;

class ChoiceScoringTest {

    private static AutoScore score(QuestionSpec question, AnswerValue answer) {
        return AutoScoring.score(question, answer, null).orElseThrow();
    }

    @Nested
    class SingleChoice {

        private final QuestionSpec question = choice(QuestionType.SINGLE_CHOICE, 2,
                wrong("A press release is not independent."),
                right("Yes: the report names its data."),
                wrong(" "));

        @Test
        void the_correct_option_earns_full_points_and_its_feedback() {
            var score = score(question, chose(1));

            assertThat(score.points()).isEqualTo(2.0);
            assertThat(score.maxPoints()).isEqualTo(2);
            assertThat(score.fullyCorrect()).isTrue();
            assertThat(score.feedback()).containsExactly("Yes: the report names its data.");
            assertThat(score.explanation()).isEqualTo("You chose the correct option.");
        }

        @Test
        void a_wrong_option_earns_nothing_but_its_feedback() {
            var score = score(question, chose(0));

            assertThat(score.points()).isZero();
            assertThat(score.fullyCorrect()).isFalse();
            assertThat(score.feedback()).containsExactly("A press release is not independent.");
            assertThat(score.explanation()).isEqualTo("The option you chose is not correct.");
        }

        @Test
        void blank_feedback_is_not_shown() {
            assertThat(score(question, chose(2)).feedback()).isEmpty();
        }

        @Test
        void no_choice_earns_nothing() {
            var score = score(question, chose());

            assertThat(score.points()).isZero();
            assertThat(score.feedback()).isEmpty();
            assertThat(score.explanation()).isEqualTo("You did not choose an option.");
        }

        @Test
        void indexes_that_name_no_option_are_ignored() {
            assertThat(score(question, chose(7, -1)).explanation()).isEqualTo("You did not choose an option.");
            assertThat(score(question, chose(-1, 1, 3)).points()).isEqualTo(2.0);
        }

        @Test
        void choosing_the_correct_option_with_another_one_earns_nothing() {
            var score = score(question, chose(0, 1));

            assertThat(score.points()).isZero();
            assertThat(score.fullyCorrect()).isFalse();
        }

        @Test
        void a_question_without_a_correct_option_is_refused() {
            var malformed = choice(QuestionType.SINGLE_CHOICE, 1, wrong(""), wrong(""));

            assertThatThrownBy(() -> score(malformed, chose(0))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class MultipleChoice {

        private final QuestionSpec question = choice(QuestionType.MULTIPLE_CHOICE, 3,
                right("feedback 0"), right("feedback 1"), right("feedback 2"), wrong("feedback 3"), wrong("feedback 4"));

        @Test
        void exactly_the_correct_options_earn_full_points() {
            var score = score(question, chose(2, 0, 1));

            assertThat(score.points()).isEqualTo(3.0);
            assertThat(score.fullyCorrect()).isTrue();
            assertThat(score.explanation()).isEqualTo("You chose exactly the correct options.");
        }

        @Test
        void some_of_the_correct_options_earn_their_share() {
            var score = score(question, chose(0, 1));

            assertThat(score.points()).isEqualTo(2.0);
            assertThat(score.fullyCorrect()).isFalse();
            assertThat(score.explanation()).isEqualTo("You chose 2 of the 3 correct options.");
        }

        @Test
        void each_wrong_option_cancels_a_right_one() {
            var score = score(question, chose(0, 1, 3));

            assertThat(score.points()).isEqualTo(1.0);
            assertThat(score.explanation())
                    .isEqualTo("You chose 2 of the 3 correct options and 1 wrong one, and each wrong choice cancels a right one.");
        }

        @Test
        void ticking_every_box_does_not_earn_full_marks() {
            var score = score(question, chose(0, 1, 2, 3, 4));

            assertThat(score.points()).isEqualTo(1.0);
            assertThat(score.fullyCorrect()).isFalse();
        }

        @Test
        void more_wrong_than_right_options_earn_zero_and_never_less() {
            assertThat(score(question, chose(0, 3, 4)).points()).isZero();
            assertThat(score(question, chose(3, 4)).points()).isZero();
        }

        @Test
        void a_repeated_index_counts_once() {
            assertThat(score(question, chose(0, 0, 0)).points()).isEqualTo(1.0);
        }

        @Test
        void partial_points_are_rounded_to_two_decimals() {
            var onePoint = choice(QuestionType.MULTIPLE_CHOICE, 1, right(""), right(""), right(""));

            assertThat(score(onePoint, chose(0, 1)).points()).isEqualTo(0.67);
        }

        @Test
        void feedback_of_every_chosen_option_comes_in_option_order() {
            assertThat(score(question, chose(4, 1, 3)).feedback())
                    .containsExactly("feedback 1", "feedback 3", "feedback 4");
        }

        @Test
        void a_question_without_a_correct_option_is_refused() {
            var malformed = choice(QuestionType.MULTIPLE_CHOICE, 1, wrong(""));

            assertThatThrownBy(() -> score(malformed, chose())).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
