package org.sourcelens.classroom.ui;

/** What a new student typed into the registration form. */
record StudentRegistration(String joinCode, String username, String displayName, String password) {
}
