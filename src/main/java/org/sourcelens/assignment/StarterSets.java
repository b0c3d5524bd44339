package org.sourcelens.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The starter question sets shipped with SourceLens, in the question-set file format: one for each
 * seed article and one comparing the pair (first article: the bulletin, second: the feature).
 */
public final class StarterSets {

    static final String LOCATION = "/starter/question-sets.json";

    private StarterSets() {
    }

    public static QuestionSetDocument[] load() {
        try (InputStream in = StarterSets.class.getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("The starter question sets are missing from the build: " + LOCATION);
            }
            return QuestionJson.documents(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
