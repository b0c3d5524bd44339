package org.sourcelens.assignment;

import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Question definitions, answers and question-set files as JSON, the form they are stored and exchanged in. */
final class QuestionJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private QuestionJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static QuestionSpec question(String json) {
        return JSON.readValue(json, QuestionSpec.class);
    }

    static AnswerValue answer(String json) {
        return JSON.readValue(json, AnswerValue.class);
    }

    static QuestionSetDocument document(String json) {
        try {
            return JSON.readValue(json, QuestionSetDocument.class);
        } catch (JacksonException e) {
            throw new ValidationException(Message.of("assignment.refused.thisIsNotASourcelens",
                    e.getOriginalMessage()));
        }
    }

    static QuestionSetDocument[] documents(String json) {
        return JSON.readValue(json, QuestionSetDocument[].class);
    }
}
