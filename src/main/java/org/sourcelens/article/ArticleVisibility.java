package org.sourcelens.article;

/** Who among the instructors sees an article in the library. */
public enum ArticleVisibility {
    /** Every instructor may read and assign it; only its owner edits it. */
    SHARED,
    /** Only the instructor who imported it. */
    PRIVATE
}
