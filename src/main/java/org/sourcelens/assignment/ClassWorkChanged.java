package org.sourcelens.assignment;

/**
 * Published (as a Spring application event) when a student saves or submits work in an assignment,
 * or the instructor grades or returns it, so that open class dashboards can refresh. It carries no
 * content: each dashboard asks the services again as its own user.
 */
public record ClassWorkChanged(long assignmentId) {
}
