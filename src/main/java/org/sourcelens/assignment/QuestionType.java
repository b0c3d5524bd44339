package org.sourcelens.assignment;

/** The kinds of question; the first two and highlight-the-evidence are scored automatically. */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    SHORT_ANSWER,
    RATING_SCALE,
    HIGHLIGHT_EVIDENCE,
    COMPARISON;

    public boolean isAutoScored() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == HIGHLIGHT_EVIDENCE;
    }
}
