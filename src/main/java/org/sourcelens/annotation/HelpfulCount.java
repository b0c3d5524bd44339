package org.sourcelens.annotation;

/** How many people marked a reply helpful. */
record HelpfulCount(long replyId, long count) {
}
