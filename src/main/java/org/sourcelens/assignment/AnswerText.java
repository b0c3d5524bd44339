package org.sourcelens.assignment;

import java.util.ArrayList;
import java.util.List;

/** An answer as one line of text, for exports: chosen options, the written text, the rating, the passages. */
final class AnswerText {

    private AnswerText() {
    }

    static String of(QuestionSpec question, AnswerValue value) {
        List<String> parts = new ArrayList<>();
        for (int index : value.choices()) {
            if (index >= 0 && index < question.options().size()) {
                parts.add(QuestionDistribution.letter(index) + ". " + question.options().get(index).text());
            }
        }
        if (value.rating() != null) {
            parts.add("rating " + value.rating());
        }
        if (!value.text().isBlank()) {
            parts.add(value.text().strip());
        }
        for (Passage passage : value.passages()) {
            parts.add("“" + passage.quote() + "”");
        }
        if (!value.lateralReading().isEmpty()) {
            parts.add("lateral reading: " + value.lateralReading().size()
                    + (value.lateralReading().size() == 1 ? " source" : " sources"));
        }
        return String.join(" | ", parts);
    }
}
