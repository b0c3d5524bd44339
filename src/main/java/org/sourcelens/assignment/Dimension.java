package org.sourcelens.assignment;

/** What a question trains, after the civic online reasoning strands. */
public enum Dimension {
    SOURCING,
    BIAS,
    EVIDENCE,
    CONTEXT
}
