/**
 * The instructor's class views of an assignment: the live dashboard (roster, counts, the spread of
 * answers per question), grading question by question, and one student's work in full.
 */
package org.sourcelens.teaching.ui;
