package org.sourcelens.assignment.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.sourcelens.assignment.Dimension;
import org.sourcelens.assignment.QuestionType;
import org.sourcelens.assignment.SubmissionStatus;

/** Words and dates for the assignment screens. */
final class WorkspaceTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private WorkspaceTexts() {
    }

    static String status(SubmissionStatus status, boolean late) {
        String text = status == null ? "Not started" : switch (status) {
            case IN_PROGRESS -> "In progress";
            case SUBMITTED -> "Submitted";
            case RETURNED -> "Returned";
        };
        return late && status != SubmissionStatus.RETURNED ? text + " · late" : text;
    }

    static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String type(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "Choose one";
            case MULTIPLE_CHOICE -> "Choose all that apply";
            case SHORT_ANSWER -> "Written answer";
            case RATING_SCALE -> "Rate and justify";
            case HIGHLIGHT_EVIDENCE -> "Highlight the evidence";
            case COMPARISON -> "Compare the articles";
        };
    }

    static String dimension(Dimension dimension) {
        return switch (dimension) {
            case SOURCING -> "Sourcing";
            case BIAS -> "Bias";
            case EVIDENCE -> "Evidence";
            case CONTEXT -> "Context";
        };
    }
}
