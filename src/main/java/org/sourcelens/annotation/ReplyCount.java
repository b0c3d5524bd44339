package org.sourcelens.annotation;

/** How many replies a highlight has. */
record ReplyCount(long highlightId, long count) {
}
