package org.sourcelens.assignment;

import java.util.List;

/**
 * A question set as a file: how sets are exported, imported and shipped as starter content.
 * {@code format} names the version of this shape ({@value #FORMAT}).
 */
public record QuestionSetDocument(String format, String title, String description, List<QuestionSpec> questions) {

    public static final String FORMAT = "sourcelens-question-set/1";

    public QuestionSetDocument {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
