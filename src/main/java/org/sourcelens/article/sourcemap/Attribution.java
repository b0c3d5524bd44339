package org.sourcelens.article.sourcemap;

/**
 * Words tying a statement to a named person: "says Dr Olsi Jazexhi", "Majko said", "he said".
 *
 * @param name      the canonical name of the person
 * @param start     start of the attribution in the passage
 * @param end       end of the attribution in the passage
 * @param verbStart where the attributing verb starts; a verb attributes one statement at most
 */
record Attribution(String name, int passage, int start, int end, int verbStart) {

    long verbKey() {
        return verbKey(passage, verbStart);
    }

    static long verbKey(int passage, int verbStart) {
        return ((long) passage << 32) | verbStart;
    }
}
