package org.sourcelens.classroom.ui;

/**
 * Addresses of the class pages, which the assignment feature renders (it shows a class with its
 * readings); kept as addresses so that this feature does not depend on that one.
 */
final class ClassLinks {

    private ClassLinks() {
    }

    static String studentClass(long classId) {
        return "classes/" + classId;
    }

    static String taughtClass(long classId) {
        return "teach/" + classId;
    }
}
