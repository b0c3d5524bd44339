/**
 * Highlights: passages students mark in an assigned article, with a tag from the class's list and a
 * note, anchored so that they survive edits of the article (see {@code anchoring}); and their
 * discussion: replies, "helpful" marks, and the instructor's pins and endorsements.
 */
package org.sourcelens.annotation;
