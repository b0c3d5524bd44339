/**
 * Anchoring of highlights in article text, independent of storage and UI. A highlight is kept as a
 * position selector (paragraph anchors and offsets) plus a quote selector (the exact text with a
 * little prefix and suffix), the way open annotation standards describe them. When an article gets a
 * new version, {@link org.sourcelens.annotation.anchoring.Anchors#reanchor} finds each highlight again:
 * by position when the text there is unchanged, else by its quote (verbatim, then approximately), and
 * otherwise reports it as an orphan so that nothing is silently lost. Pure JDK, no Spring.
 */
package org.sourcelens.annotation.anchoring;
