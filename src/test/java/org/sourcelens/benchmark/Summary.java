package org.sourcelens.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the benchmarks put their headline numbers for {@code scripts/benchmark}'s closing table:
 * one tab-separated line per number (section, measurement, value, target) appended to the file
 * named by the system property {@code bench.summary}. Without the property nothing is written,
 * so each benchmark still runs on its own.
 */
public final class Summary {

    private Summary() {
    }

    public static synchronized void record(String section, String measurement, String value, String target) {
        String file = System.getProperty("bench.summary");
        if (file == null || file.isBlank()) {
            return;
        }
        String line = String.join("\t", section, measurement, value, target == null ? "" : target) + "\n";
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
