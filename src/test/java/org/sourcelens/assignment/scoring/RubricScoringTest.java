package org.sourcelens.assignment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcelens.assignment.scoring.Questions.question;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionSpec.RubricLevel;
import org.sourcelens.assignment.QuestionType;

class RubricScoringTest {

    private final QuestionSpec withDefaultRubric =
            question(QuestionType.SHORT_ANSWER, 4, null, QuestionSpec.defaultRubric(), null);

    @Test
    void a_level_earns_its_share_of_the_points() {
        assertThat(RubricScoring.pointsFor(withDefaultRubric, "Proficient")).isEqualTo(4.0);
        assertThat(RubricScoring.pointsFor(withDefaultRubric, "Emergent")).isEqualTo(2.0);
        assertThat(RubricScoring.pointsFor(withDefaultRubric, "Basic")).isEqualTo(0.0);
    }

    @Test
    void points_are_rounded_to_two_decimals() {
        var question = question(QuestionType.COMPARISON, 2, null,
                List.of(new RubricLevel("Partly", 33, "Some reasoning.", "")), null);

        assertThat(RubricScoring.pointsFor(question, "Partly")).isEqualTo(0.66);
    }

    @Test
    void a_question_without_its_own_rubric_is_graded_with_the_default_one() {
        var question = question(QuestionType.SHORT_ANSWER, 6, null, List.of(), null);

        assertThat(RubricScoring.pointsFor(question, "Emergent")).isEqualTo(3.0);
    }

    @Test
    void an_unknown_level_is_refused() {
        assertThatThrownBy(() -> RubricScoring.pointsFor(withDefaultRubric, "Excellent"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Excellent");
    }
}
