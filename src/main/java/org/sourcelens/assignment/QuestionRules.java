package org.sourcelens.assignment;

import java.util.List;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/** What makes a question complete enough to give to a class, and what a student may not see before submitting. */
final class QuestionRules {

    static final int MAX_PROMPT = 2_000;
    static final int MAX_POINTS = 100;
    static final int MAX_OPTIONS = 12;
    static final int MAX_PART = 2_000;

    private QuestionRules() {
    }

    static void check(QuestionSpec spec) {
        if (spec.type() == null || spec.dimension() == null) {
            throw new ValidationException(Message.of("assignment.refused.chooseTheQuestionSType"));
        }
        if (spec.prompt() == null || spec.prompt().isBlank()) {
            throw new ValidationException(Message.of("assignment.refused.writeTheQuestionBeforeSaving"));
        }
        if (spec.prompt().length() > MAX_PROMPT) {
            throw new ValidationException(Message.of("assignment.refused.aQuestionMayHaveAt", MAX_PROMPT));
        }
        if (spec.points() < 0 || spec.points() > MAX_POINTS) {
            throw new ValidationException(Message.of("assignment.refused.pointsAreBetweenAnd", MAX_POINTS));
        }
        if (spec.article() < 0 || spec.article() > 1) {
            throw new ValidationException(Message.of("assignment.refused.aQuestionIsAboutThe"));
        }
        switch (spec.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> checkOptions(spec);
            case SHORT_ANSWER, COMPARISON -> checkRubric(spec.rubric());
            case RATING_SCALE -> {
                if (spec.scale() == null || spec.scale().min() >= spec.scale().max()
                        || spec.scale().max() - spec.scale().min() > 10) {
                    throw new ValidationException(Message.of("assignment.refused.aRatingScaleGoesFrom"));
                }
                checkRubric(spec.rubric());
            }
            case HIGHLIGHT_EVIDENCE -> {
                if (spec.keyPassages().isEmpty()) {
                    throw new ValidationException(Message.of("assignment.refused.markAtLeastOneKey"));
                }
            }
        }
    }

    private static void checkOptions(QuestionSpec spec) {
        List<QuestionSpec.Option> options = spec.options();
        if (options.size() > MAX_OPTIONS) {
            throw new ValidationException(Message.of("assignment.refused.aChoiceQuestionMayHave", MAX_OPTIONS));
        }
        if (options.stream().anyMatch(o -> longer(o.text()) || longer(o.feedback()))) {
            throw new ValidationException(Message.of("assignment.refused.anOptionAndItsFeedback", MAX_PART));
        }
        if (options.size() < 2 || options.stream().anyMatch(o -> o.text() == null || o.text().isBlank())) {
            throw new ValidationException(Message.of("assignment.refused.aChoiceQuestionNeedsAt"));
        }
        long correct = options.stream().filter(QuestionSpec.Option::correct).count();
        if (spec.type() == QuestionType.SINGLE_CHOICE && correct != 1) {
            throw new ValidationException(Message.of("assignment.refused.markExactlyOneOptionAs"));
        }
        if (correct == 0) {
            throw new ValidationException(Message.of("assignment.refused.markAtLeastOneOption"));
        }
    }

    private static void checkRubric(List<QuestionSpec.RubricLevel> rubric) {
        if (rubric.isEmpty() || rubric.stream().anyMatch(l -> l.name() == null || l.name().isBlank())) {
            throw new ValidationException(Message.of("assignment.refused.giveTheRubricAtLeast"));
        }
        if (rubric.stream().anyMatch(l -> longer(l.name()) || longer(l.description()) || longer(l.example()))) {
            throw new ValidationException(Message.of("assignment.refused.aRubricLevelSTexts", MAX_PART));
        }
        if (rubric.stream().anyMatch(l -> l.percent() < 0 || l.percent() > 100)) {
            throw new ValidationException(Message.of("assignment.refused.aRubricLevelEarnsBetween"));
        }
    }

    private static boolean longer(String text) {
        return text != null && text.length() > MAX_PART;
    }

    /** The question without what would give the answers away: correct flags, feedback, key passages, examples. */
    static QuestionSpec forStudent(QuestionSpec spec) {
        List<QuestionSpec.Option> options = spec.options().stream()
                .map(o -> new QuestionSpec.Option(o.text(), false, ""))
                .toList();
        List<QuestionSpec.RubricLevel> rubric = spec.rubric().stream()
                .map(l -> new QuestionSpec.RubricLevel(l.name(), l.percent(), l.description(), ""))
                .toList();
        return new QuestionSpec(spec.type(), spec.dimension(), spec.points(), spec.prompt(), options, rubric,
                spec.scale(), List.of(), spec.article());
    }
}
