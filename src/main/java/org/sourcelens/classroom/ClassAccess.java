package org.sourcelens.classroom;

/** How the current user relates to a class; other features decide what each relation may do. */
public enum ClassAccess {
    NONE,
    STUDENT,
    INSTRUCTOR;

    public boolean isMember() {
        return this != NONE;
    }
}
