package org.sourcelens.article.sourcemap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The raw text of the two seed articles, read from the project's own {@code seeds/} folder. */
final class SeedArticleTexts {

    /** 000: a think-tank bulletin with inline references and numbered notes. */
    static final String THINK_TANK_BULLETIN = read("000_0bc8a7bba0c433aa.txt");

    /** 004: a state-owned broadcaster's feature quoting two critics of the group. */
    static final String BROADCASTER_FEATURE = read("004_0e7baeed7076ef97.txt");

    private SeedArticleTexts() {
    }

    private static String read(String name) {
        try {
            return Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Run the tests from the project folder: seeds/" + name + " is missing", e);
        }
    }
}
