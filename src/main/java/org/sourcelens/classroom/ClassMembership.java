package org.sourcelens.classroom;

import java.time.Instant;

/** A class a student is enrolled in, for the export of their data. */
public record ClassMembership(long classId, String className, String instructorName, Instant enrolledAt,
        Instant archivedAt) {
}
