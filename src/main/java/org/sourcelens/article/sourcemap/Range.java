package org.sourcelens.article.sourcemap;

/** A half-open character range inside one passage. */
record Range(int start, int end) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return otherStart < end && start < otherEnd;
    }
}
