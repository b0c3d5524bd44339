package org.sourcelens.assignment;

import java.util.List;

/**
 * What a student has answered to one question so far: chosen options (by index), written text,
 * a rating, highlighted passages, and the lateral-reading log of outside sources they checked.
 */
public record AnswerValue(List<Integer> choices, String text, Integer rating, List<Passage> passages,
        List<LateralSource> lateralReading) {

    public AnswerValue {
        choices = choices == null ? List.of() : List.copyOf(choices);
        text = text == null ? "" : text;
        passages = passages == null ? List.of() : List.copyOf(passages);
        lateralReading = lateralReading == null ? List.of() : List.copyOf(lateralReading);
    }

    public static AnswerValue empty() {
        return new AnswerValue(List.of(), "", null, List.of(), List.of());
    }

    /** An outside source the student checked: its address, what it said, and whether it supported the claim. */
    public record LateralSource(String address, String whatItSaid, Support support) {
    }

    public enum Support {
        SUPPORTS,
        CONTRADICTS,
        UNCLEAR
    }
}
