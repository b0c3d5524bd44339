package org.sourcelens.assignment.ui;

final class ReaderLinks {

    private ReaderLinks() {
    }

    static String reading(long assignmentId) {
        return "read/" + assignmentId;
    }

    static String workspace(long assignmentId) {
        return "assignments/" + assignmentId;
    }
}
