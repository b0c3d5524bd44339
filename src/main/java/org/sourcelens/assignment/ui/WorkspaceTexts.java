package org.sourcelens.assignment.ui;

import org.sourcelens.assignment.Dimension;
import org.sourcelens.assignment.QuestionType;
import org.sourcelens.assignment.SubmissionStatus;
import org.sourcelens.base.ui.Texts;

/** Words and dates for the assignment screens. */
final class WorkspaceTexts {

    private WorkspaceTexts() {
    }

    static String status(SubmissionStatus status, boolean late) {
        String text = Texts.get(status == null ? "assignment.status.notStarted" : switch (status) {
            case IN_PROGRESS -> "assignment.status.inProgress";
            case SUBMITTED -> "assignment.status.submitted";
            case RETURNED -> "assignment.status.returned";
        });
        return late && status != SubmissionStatus.RETURNED ? Texts.get("assignment.status.late", text) : text;
    }

    static String type(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> Texts.get("assignment.type.singleChoice");
            case MULTIPLE_CHOICE -> Texts.get("assignment.type.multipleChoice");
            case SHORT_ANSWER -> Texts.get("assignment.type.shortAnswer");
            case RATING_SCALE -> Texts.get("assignment.type.ratingScale");
            case HIGHLIGHT_EVIDENCE -> Texts.get("assignment.type.highlightEvidence");
            case COMPARISON -> Texts.get("assignment.type.comparison");
        };
    }

    static String dimension(Dimension dimension) {
        return switch (dimension) {
            case SOURCING -> Texts.get("assignment.dimension.sourcing");
            case BIAS -> Texts.get("assignment.dimension.bias");
            case EVIDENCE -> Texts.get("assignment.dimension.evidence");
            case CONTEXT -> Texts.get("assignment.dimension.context");
        };
    }
}
