/**
 * The source map: a pure-Java analysis of who and what a news article cites (speakers, unnamed
 * sources, citations, figures, hedges and loaded words), each linked to its place in the text.
 */
package org.sourcelens.article.sourcemap;
