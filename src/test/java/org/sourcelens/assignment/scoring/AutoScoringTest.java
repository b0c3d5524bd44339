package org.sourcelens.assignment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcelens.assignment.scoring.Questions.question;
import static org.sourcelens.assignment.scoring.Questions.right;
import static org.sourcelens.assignment.scoring.Questions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionType;
import org.sourcelens.assignment.scoring.TextGeometry.Block;

class AutoScoringTest {

    @ParameterizedTest
    @EnumSource(value = QuestionType.class, names = {"SHORT_ANSWER", "RATING_SCALE", "COMPARISON"})
    void questions_graded_by_the_instructor_get_no_automatic_score(QuestionType type) {
        var question = question(type, 3, null, QuestionSpec.defaultRubric(), null);
        var answer = new AnswerValue(null, "The article quotes only critics.", 2, null, null);

        assertThat(AutoScoring.score(question, answer, null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void a_type_gets_an_automatic_score_exactly_when_it_is_marked_auto_scored(QuestionType type) {
        var question = question(type, 3, List.of(right("")), QuestionSpec.defaultRubric(),
                List.of(within("p1", 0, 10)));
        var geometry = new TextGeometry(List.of(new Block("p1", 40)));

        assertThat(AutoScoring.score(question, AnswerValue.empty(), geometry).isPresent())
                .isEqualTo(type.isAutoScored());
    }

    @ParameterizedTest
    @EnumSource(value = QuestionType.class, names = {"SINGLE_CHOICE", "MULTIPLE_CHOICE", "HIGHLIGHT_EVIDENCE"})
    void a_missing_answer_scores_zero(QuestionType type) {
        var question = question(type, 3, List.of(right("")), null, List.of(within("p1", 0, 10)));
        var geometry = new TextGeometry(List.of(new Block("p1", 40)));

        var score = AutoScoring.score(question, null, geometry).orElseThrow();

        assertThat(score.points()).isZero();
        assertThat(score.maxPoints()).isEqualTo(3);
        assertThat(score.fullyCorrect()).isFalse();
    }
}
