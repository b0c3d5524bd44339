package org.sourcelens.assignment;

import java.util.List;
import org.sourcelens.classroom.EnrolledClass;

/** What a student sees of one class: its name, teacher and readings. */
public record StudentClassPage(EnrolledClass classroom, List<Reading> readings) {
}
