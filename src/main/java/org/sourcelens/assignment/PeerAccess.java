package org.sourcelens.assignment;

/** Whether the current user sees classmates' work in an assignment now, and whether without names. */
public record PeerAccess(boolean visible, boolean anonymous) {
}
