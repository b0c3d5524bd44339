package org.sourcelens.assignment;

import java.util.List;

/** A question set with its questions in order, for the editor. */
public record QuestionSetDetails(long id, String title, String description, List<Item> questions) {

    public record Item(long id, int number, QuestionSpec spec) {
    }
}
