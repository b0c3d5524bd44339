package org.sourcelens.assignment;

import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/** How much one answer may hold, and when a question counts as answered. */
final class AnswerLimits {

    static final int MAX_TEXT = 10_000;
    static final int MAX_SOURCES = 20;
    static final int MAX_SOURCE_FIELD = 2_000;
    static final int MAX_PASSAGES = 30;

    private AnswerLimits() {
    }

    /** The stored form of an answer must fit its column, whatever mix of text, sources and passages it holds. */
    static final int MAX_STORED = 100_000;
    static final int MAX_PASSAGE_QUOTE = 5_000;

    static void check(QuestionSpec question, AnswerValue value) {
        check(value);
        int options = question.options().size();
        if (value.choices().stream().anyMatch(choice -> choice == null || choice < 0 || choice >= options)
                || value.choices().stream().distinct().count() != value.choices().size()) {
            throw new ValidationException(Message.of("assignment.refused.thatChoiceIsNotOne"));
        }
        if (value.rating() != null && (question.scale() == null || value.rating() < question.scale().min()
                || value.rating() > question.scale().max())) {
            throw new ValidationException(Message.of("assignment.refused.thatRatingIsNotOn"));
        }
        checkStoredSize(value);
    }

    static void checkStoredSize(AnswerValue value) {
        if (value.passages().stream().anyMatch(p -> p.quote() != null && p.quote().length() > MAX_PASSAGE_QUOTE)) {
            throw new ValidationException(Message.of("assignment.refused.aHighlightedPassageMayHave",
                    MAX_PASSAGE_QUOTE));
        }
        if (QuestionJson.write(value).length() > MAX_STORED) {
            throw new ValidationException(Message.of("assignment.refused.thisAnswerHasGrownToo"));
        }
    }

    static void check(AnswerValue value) {
        if (value.text().length() > MAX_TEXT) {
            throw new ValidationException(Message.of("assignment.refused.anAnswerMayHaveAt",
                    MAX_TEXT, value.text().length()));
        }
        if (value.lateralReading().size() > MAX_SOURCES) {
            throw new ValidationException(Message.of("assignment.refused.aLateralReadingLogMay", MAX_SOURCES));
        }
        for (AnswerValue.LateralSource source : value.lateralReading()) {
            if (length(source.address()) > MAX_SOURCE_FIELD || length(source.whatItSaid()) > MAX_SOURCE_FIELD) {
                throw new ValidationException(Message.of("assignment.refused.aSourceSAddressAnd", MAX_SOURCE_FIELD));
            }
        }
        if (value.passages().size() > MAX_PASSAGES) {
            throw new ValidationException(Message.of("assignment.refused.anAnswerMayHighlightAt", MAX_PASSAGES));
        }
    }

    static boolean isAnswered(QuestionSpec question, AnswerValue value) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> !value.choices().isEmpty();
            case SHORT_ANSWER, COMPARISON -> !value.text().isBlank();
            case RATING_SCALE -> value.rating() != null && !value.text().isBlank();
            case HIGHLIGHT_EVIDENCE -> !value.passages().isEmpty();
        };
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
