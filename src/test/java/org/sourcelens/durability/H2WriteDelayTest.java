package org.sourcelens.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the shipped H2 URL sets {@code WRITE_DELAY=0}: a process commits a row, reports it, and is
 * killed with SIGKILL the moment the report arrives. With the URL from {@code application.properties}
 * the row is in the file after every kill; with H2's default write delay the same kill loses it (the
 * commit was still waiting for the background writer). The full app under real browsers is the crash
 * test ({@code scripts/crash-test}); this is its quick, always-run guard for the setting.
 */
class H2WriteDelayTest {

    @TempDir
    Path directory;

    @Test
    void a_commit_on_the_shipped_url_survives_a_kill_the_moment_it_returns() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            String url = shippedUrl().replace("${sourcelens.data-dir}", directory.resolve("shipped" + attempt).toString());
            assertThat(rowsAfterKill(url)).as("rows after the kill, attempt %d, on %s", attempt, url).isEqualTo(1);
        }
    }

    @Test
    void the_same_kill_loses_the_commit_with_h2s_default_write_delay() throws Exception {
        int kept = 0;
        for (int attempt = 1; attempt <= 3; attempt++) {
            String url = "jdbc:h2:file:" + directory.resolve("default" + attempt) + "/sourcelens;MODE=Regular";
            kept += rowsAfterKill(url);
        }
        assertThat(kept).as("commits kept by H2's default in three kills (each within milliseconds of the commit)")
                .isLessThan(3);
    }

    private int rowsAfterKill(String url) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenWait.class.getName(), url)
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("committed")) {
                // H2 or JVM start-up messages
            }
            assertThat(line).as("the child committed").isEqualTo("committed");
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM saved")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException noTable) {
            if (noTable.getErrorCode() >= 42102 && noTable.getErrorCode() <= 42104) { // no such table: it was lost too
                return 0;
            }
            throw noTable;
        }
    }

    private static String shippedUrl() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = H2WriteDelayTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        return shipped.getProperty("spring.datasource.url");
    }
}
