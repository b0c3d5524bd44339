package org.sourcelens.classroom;

/** A class as an enrolled student sees it. */
public record EnrolledClass(long id, String name, String instructorName) {
}
