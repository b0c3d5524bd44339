package org.sourcelens.classroom;

import java.time.Instant;

/** A class as its instructor sees it in "My classes". */
public record TaughtClass(long id, String name, String joinCode, long studentCount, Instant createdAt) {
}
