package org.sourcelens.assignment.ui;

final class ReaderLinks {

    private ReaderLinks() {
    }

    static String reading(long assignmentId) {
        return "read/" + assignmentId;
    }

    static String classHighlights(long assignmentId) {
        return "teach/assignments/" + assignmentId + "/highlights";
    }

    static String dashboard(long assignmentId) {
        return "teach/assignments/" + assignmentId;
    }

    static String workspace(long assignmentId) {
        return "assignments/" + assignmentId;
    }
}
