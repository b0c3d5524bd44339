/**
 * Highlights: passages students mark in an assigned article, with a tag from the class's list and a
 * note, anchored so that they survive edits of the article (see {@code anchoring}); their
 * discussion: replies, "helpful" marks, and the instructor's pins and endorsements; and the
 * instructor's view of the whole class's highlights: a heat map over the text and a CSV export.
 */
package org.sourcelens.annotation;
