package org.sourcelens.assignment;

/** Whether some classes have any assignment at all, and any with a question set. */
record AssignedWork(boolean any, boolean withQuestions) {
}
