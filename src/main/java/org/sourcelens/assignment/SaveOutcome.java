package org.sourcelens.assignment;

import java.time.Instant;

/**
 * The result of an autosave. When another tab saved first, nothing is overwritten: {@code saved} is
 * false and {@code current} holds what is stored, so the student can choose.
 */
public record SaveOutcome(boolean saved, int revision, Instant savedAt, AnswerValue current) {
}
