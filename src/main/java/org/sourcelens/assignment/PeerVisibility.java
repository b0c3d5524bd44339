package org.sourcelens.assignment;

/** When students see classmates' highlights and answers. */
public enum PeerVisibility {
    NEVER,
    AFTER_SUBMIT,
    AFTER_DUE
}
