package org.sourcelens.annotation;

/**
 * Published (as a Spring application event) when a highlight, reply, "helpful" mark, pin or
 * endorsement changes in an assignment, so that open readers of the assignment can refresh. It
 * carries no content: each reader asks the services again as its own user, so nothing is shown
 * that the user may not see.
 */
public record AnnotationChanged(long assignmentId) {
}
