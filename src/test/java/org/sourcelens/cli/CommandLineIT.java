package org.sourcelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administrators' commands, run as {@code java -jar} would run them, without a web server. */
class CommandLineIT {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void source_map_prints_the_speakers_of_a_seed_article_as_json_with_offsets() throws Exception {
        Run run = run("source-map", "seeds/004_0e7baeed7076ef97.txt");

        assertThat(run.exitCode()).isZero();
        JsonNode map = JsonMapper.builder().build().readTree(run.out());
        assertThat(map.get("speakers").valueStream().map(s -> s.get("name").asString()).toList())
                .contains("Olsi Jazexhi", "Seyed Mohammad Marandi");
        JsonNode firstQuote = map.get("speakers").get(0).get("quotes").get(0).get("span");
        assertThat(firstQuote.get("anchor").asString()).startsWith("p");
        assertThat(firstQuote.get("end").asInt()).isGreaterThan(firstQuote.get("start").asInt());
        for (String part : new String[] {"unnamedSources", "citations", "figures", "hedges", "loadedWords"}) {
            assertThat(map.has(part)).as(part).isTrue();
        }
    }

    @Test
    void source_map_of_an_unreadable_file_fails_with_a_message() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run run = run("source-map", empty.toString());

        assertThat(run.exitCode()).isEqualTo(CommandLine.REFUSED);
        assertThat(run.err()).contains("empty");
    }

    @Test
    void import_reports_a_line_per_file_refuses_bad_ones_and_stores_the_good_ones_once() throws Exception {
        Path good = Files.writeString(dir.resolve("harbour.txt"),
                "Harbour fees double\n\nFees at the harbour doubled on Monday, officials said.\n");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        String database = "--sourcelens.data-dir=" + dir.resolve("data");

        Run first = run("import", good.toString(), empty.toString(), database);

        assertThat(first.exitCode()).isEqualTo(CommandLine.REFUSED);
        assertThat(first.out()).containsPattern("imported +.*harbour.txt -> article \\d+ \"Harbour fees double\"")
                .containsPattern("refused +.*empty.txt: .*empty");

        Run second = run("import", good.toString(), database);
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("already in the library");
    }

    @Test
    void a_command_without_files_prints_the_usage() {
        Run run = run("import");
        assertThat(run.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(run.err()).contains("Usage");
    }
}
