package org.sourcelens.assignment;

/** A question set in a list. */
public record QuestionSetSummary(long id, String title, String description, long questionCount) {
}
