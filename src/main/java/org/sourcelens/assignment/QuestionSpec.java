package org.sourcelens.assignment;

import java.util.List;

/**
 * A question as its author wrote it. Which parts are used depends on the type: options for choice
 * questions; a rubric for short written answers, comparisons and the justification of a rating;
 * a scale for ratings; key passages for highlight-the-evidence. {@code article} says which of an
 * assignment's articles the question is about (0 or 1); comparisons are about both.
 */
public record QuestionSpec(QuestionType type, Dimension dimension, int points, String prompt,
        List<Option> options, List<RubricLevel> rubric, Scale scale, List<Passage> keyPassages, int article) {

    public QuestionSpec {
        options = options == null ? List.of() : List.copyOf(options);
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
        keyPassages = keyPassages == null ? List.of() : List.copyOf(keyPassages);
    }

    /** A choice with whether it is correct and what the student is told when they pick it. */
    public record Option(String text, boolean correct, String feedback) {
    }

    /** A rubric level: its name, the share of the points it earns (0 to 100), a description and an example answer. */
    public record RubricLevel(String name, int percent, String description, String example) {
    }

    /** A rating scale from {@code min} to {@code max} with words for its two ends. */
    public record Scale(int min, int max, String minLabel, String maxLabel) {
    }

    /** The default rubric of civic online reasoning assessments. */
    public static List<RubricLevel> defaultRubric() {
        return List.of(
                new RubricLevel("Proficient", 100, "Reasons about the source or evidence and supports it.", ""),
                new RubricLevel("Emergent", 50, "Points in the right direction but reasons incompletely.", ""),
                new RubricLevel("Basic", 0, "Does not reason about the source or evidence.", ""));
    }
}
