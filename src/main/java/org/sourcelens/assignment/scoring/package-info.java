/**
 * Scoring of answers without an instructor: choice questions and highlight-the-evidence are scored
 * automatically ({@link org.sourcelens.assignment.scoring.AutoScoring}); written answers get the points
 * of the rubric level an instructor picks ({@link org.sourcelens.assignment.scoring.RubricScoring}).
 * Pure Java, no Spring, no persistence: services call it and store what it returns.
 */
package org.sourcelens.assignment.scoring;
