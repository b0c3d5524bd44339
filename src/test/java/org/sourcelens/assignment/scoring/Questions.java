package org.sourcelens.assignment.scoring;

import java.util.Arrays;
import java.util.List;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.Dimension;
import org.sourcelens.assignment.Passage;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionSpec.Option;
import org.sourcelens.assignment.QuestionSpec.RubricLevel;
import org.sourcelens.assignment.QuestionType;

/** Short ways to write the questions and answers the scoring tests need. */
final class Questions {

    private Questions() {
    }

    static QuestionSpec question(QuestionType type, int points, List<Option> options, List<RubricLevel> rubric,
            List<Passage> keys) {
        return new QuestionSpec(type, Dimension.EVIDENCE, points, "Which passage shows the evidence?",
                options, rubric, null, keys, 0);
    }

    static QuestionSpec choice(QuestionType type, int points, Option... options) {
        return question(type, points, List.of(options), null, null);
    }

    static QuestionSpec highlight(int points, Passage... keys) {
        return question(QuestionType.HIGHLIGHT_EVIDENCE, points, null, null, List.of(keys));
    }

    static Option right(String feedback) {
        return new Option("a correct option", true, feedback);
    }

    static Option wrong(String feedback) {
        return new Option("a wrong option", false, feedback);
    }

    static AnswerValue chose(Integer... indexes) {
        return new AnswerValue(Arrays.asList(indexes), "", null, List.of(), List.of());
    }

    static AnswerValue highlighted(Passage... passages) {
        return new AnswerValue(List.of(), "", null, List.of(passages), List.of());
    }

    static Passage passage(int version, String startAnchor, int startOffset, String endAnchor, int endOffset) {
        return new Passage(version, startAnchor, startOffset, endAnchor, endOffset, "quoted text");
    }

    /** A passage of version 1 inside one paragraph. */
    static Passage within(String anchor, int startOffset, int endOffset) {
        return passage(1, anchor, startOffset, anchor, endOffset);
    }
}
