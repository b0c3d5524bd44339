/**
 * Highlights: passages students mark in an assigned article, with a tag from the class's list and a
 * note, anchored so that they survive edits of the article (see {@code anchoring}).
 */
package org.sourcelens.annotation;
