package org.sourcelens.assignment.scoring;

import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionSpec.RubricLevel;

/** Points for the rubric level an instructor chose for a written answer, a rating's justification or a comparison. */
public final class RubricScoring {

    private RubricScoring() {
    }

    /**
     * The question's points times the level's percent / 100, rounded to two decimals. A question
     * without a rubric of its own is graded with {@link QuestionSpec#defaultRubric()}, as the editor
     * offers that rubric when the author leaves it alone.
     *
     * @throws IllegalArgumentException when the question's rubric has no level of that name
     */
    public static double pointsFor(QuestionSpec question, String levelName) {
        var rubric = question.rubric().isEmpty() ? QuestionSpec.defaultRubric() : question.rubric();
        RubricLevel level = rubric.stream()
                .filter(candidate -> candidate.name().equals(levelName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The rubric has no level named " + levelName));
        return Points.round(question.points() * level.percent() / 100.0);
    }
}
