package org.sourcelens.assignment.scoring;

import java.util.Optional;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.QuestionSpec;

/**
 * Scores the question types that need no instructor. Written answers, ratings and comparisons are left
 * to the instructor's rubric ({@link RubricScoring}), so for them the result is empty.
 *
 * <p>The rules, which students and instructors are told in these words:
 * <ul>
 * <li><b>Single choice</b>: full points when exactly one option is chosen and it is correct, otherwise 0.
 * <li><b>Multiple choice</b>: points × max(0, (correct chosen − wrong chosen) / number of correct options),
 * so ticking every box does not pay; fully correct only when exactly the correct set is chosen.
 * <li>For both, the feedback is the author's feedback of every chosen option (blank ones left out), in
 * option order. Indexes that name no option and repeated indexes are ignored.
 * <li><b>Highlight the evidence</b>: passages are compared as article-wide character ranges, so a passage
 * may cross paragraphs. A key passage counts as found when at least {@value #KEY_PASSAGE_FOUND_PERCENT} %
 * of its characters are covered by the union of the student's passages (overlapping highlights count
 * once). Score = points × found keys / all keys. Highlighting everything must not pay: when less than
 * {@value #MIN_HIGHLIGHT_INSIDE_KEYS_PERCENT} % of the student's highlighted characters lie inside key
 * passages, the score is multiplied by (that share / {@value #MIN_HIGHLIGHT_INSIDE_KEYS_PERCENT} %).
 * Fully correct means every key found without that reduction. Student passages made on another article
 * version than the keys are ignored, and the explanation says so.
 * </ul>
 * Points are rounded to two decimals. Bad student input (empty answers, unknown indexes, passages that
 * cannot be placed in the article) scores 0 or is ignored and never throws; a malformed question does
 * throw {@link IllegalArgumentException}: a choice question without a correct option, a highlight
 * question without key passages, with keys on different versions, or keys outside the given geometry.
 */
public final class AutoScoring {

    /** A key passage is found when at least this share of its characters is highlighted. */
    public static final int KEY_PASSAGE_FOUND_PERCENT = 50;

    /** Below this share of highlighted characters inside key passages, the score shrinks in proportion. */
    public static final int MIN_HIGHLIGHT_INSIDE_KEYS_PERCENT = 30;

    private AutoScoring() {
    }

    /**
     * The automatic score of an answer, or empty when the question type is graded by the instructor.
     *
     * @param answer   what the student answered; {@code null} is scored as an empty answer
     * @param geometry the paragraphs of the article version the key passages were made on; only
     *                 highlight-the-evidence questions use it, so it may be {@code null} for the others
     */
    public static Optional<AutoScore> score(QuestionSpec question, AnswerValue answer, TextGeometry geometry) {
        AnswerValue given = answer == null ? AnswerValue.empty() : answer;
        return switch (question.type()) {
            case SINGLE_CHOICE -> Optional.of(ChoiceScoring.single(question, given));
            case MULTIPLE_CHOICE -> Optional.of(ChoiceScoring.multiple(question, given));
            case HIGHLIGHT_EVIDENCE -> Optional.of(HighlightScoring.score(question, given, geometry));
            case SHORT_ANSWER, RATING_SCALE, COMPARISON -> Optional.empty();
        };
    }
}
