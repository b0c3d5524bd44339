package org.sourcelens.durability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Crash test, not a unit test: starts the packaged app (production jar, demo profile) on a fresh data
 * directory, lets demo students autosave a written answer in real headless Chromium browsers, kills
 * the app's JVM with SIGKILL at a random moment, restarts it on the same database and checks, through
 * the UI, that each student's latest acknowledged text is what is stored. Prints a row per cycle and
 * exits with 1 on any lost save.
 * <p>
 * {@code scripts/crash-test} builds the jar and runs it; options (system properties):
 * {@code -Dcycles=10}, {@code -Ddatabase=h2|postgres} (postgres: an embedded PostgreSQL in this JVM, so
 * it outlives the app), {@code -Dstudents=3} (amira, ben, chloe), {@code -DkillAfterMin=3000
 * -DkillAfterMax=15000} (ms of saving before the kill), {@code -Dseed=N}, {@code -Djar=PATH} and
 * {@code -DappArgs="--spring.datasource.url=..."} (extra arguments for the app, e.g. other H2 settings).
 */
public final class CrashTest {

    /** Held, so the quieter level stays: Selenium warns about every Chromium version it has no CDP for. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
    private static final List<String> STUDENTS = List.of("amira", "ben", "chloe");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    /** DemoContent logs this on every start once the demo accounts and assignments exist. */
    private static final String READY = "Demo content ready";

    private CrashTest() {
    }

    public static void main(String[] args) throws Exception {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        int cycles = Integer.getInteger("cycles", 10);
        String database = System.getProperty("database", "h2");
        int studentCount = Math.min(STUDENTS.size(), Integer.getInteger("students", 3));
        int killAfterMin = Integer.getInteger("killAfterMin", 3000);
        int killAfterMax = Integer.getInteger("killAfterMax", 15000);
        long seed = Long.getLong("seed", System.nanoTime());
        Path builtJar = Path.of(System.getProperty("jar", "target/sourcelens-0.1.0-SNAPSHOT.jar"));
        List<String> appArgs = new ArrayList<>(Arrays.stream(System.getProperty("appArgs", "").split("\\s+"))
                .filter(arg -> !arg.isBlank()).toList());
        if (!Files.isRegularFile(builtJar)) {
            System.err.println("No jar at " + builtJar + ": build it first (scripts/crash-test does).");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("sourcelens-crash");
        // A copy, so that a rebuild during the run cannot change the app between restarts.
        Path jar = Files.copy(builtJar, work.resolve("sourcelens.jar"), StandardCopyOption.REPLACE_EXISTING);
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Map<String, String> environment = new HashMap<>();
        environment.put("SOURCELENS_DATA_DIR", dataDir.toString());
        EmbeddedPostgres postgres = null;
        if ("postgres".equals(database)) {
            postgres = startPostgres(environment);
            appArgs.addFirst("--spring.profiles.active=postgres,demo");
        } else {
            appArgs.addFirst("--spring.profiles.active=demo");
        }
        System.out.printf("%nCrash test: %s, %d cycles, %d students autosaving in Chromium, kill after %d-%d ms of"
                + " saving, seed %d%nApp: %s %s%nWork directory (data, app logs): %s%n", describe(database, jar),
                cycles, studentCount, killAfterMin, killAfterMax, seed, builtJar, String.join(" ", appArgs), work);

        Random random = new Random(seed);
        List<AutosavingStudent> students = new ArrayList<>();
        AppProcess app = null;
        int totalAcknowledged = 0;
        int totalLost = 0;
        int failedCycles = 0;
        int completed = 0;
        boolean finished = false;
        try (ExecutorService pool = Executors.newFixedThreadPool(studentCount)) {
            for (String username : STUDENTS.subList(0, studentCount)) {
                students.add(new AutosavingStudent(username));
            }
            app = AppProcess.start(jar, appArgs, environment, work.resolve("app.log"));
            Duration firstStart = app.awaitServing(START_TIMEOUT, READY);
            System.out.printf("First start (creates the schema and the demo content), until serving /login: %d ms%n",
                    firstStart.toMillis());
            AppProcess serving = app;
            for (var stored : inParallel(pool, students, student -> student.openWorkspace(serving.baseUrl()))) {
                stored.student().startFrom(stored.value());
            }
            System.out.printf("%n%5s %7s %9s %15s %10s %9s %5s%n", "cycle", "acked", "kill at", "last ack→kill",
                    "restart", "verified", "lost");
            for (int cycle = 1; cycle <= cycles; cycle++) {
                int thisCycle = cycle;
                AtomicBoolean stop = new AtomicBoolean();
                long savingFrom = System.nanoTime();
                List<Future<Integer>> saving = new ArrayList<>();
                for (AutosavingStudent student : students) {
                    saving.add(pool.submit(() -> student.autosaveUntil(stop::get, thisCycle)));
                }
                long killAfter = killAfterMin + (long) random.nextInt(Math.max(1, killAfterMax - killAfterMin + 1));
                Thread.sleep(killAfter);
                app.kill();
                long killedAt = System.nanoTime();
                stop.set(true);
                int acknowledged = 0;
                for (Future<Integer> saves : saving) {
                    acknowledged += saves.get();
                }
                long lastAck = students.stream().mapToLong(AutosavingStudent::acknowledgedAt).max().orElse(0);

                app = AppProcess.start(jar, appArgs, environment, work.resolve("app.log"));
                Duration restart = app.awaitServing(START_TIMEOUT, READY);
                AppProcess restarted = app;
                int verified = 0;
                int lost = 0;
                List<String> losses = new ArrayList<>();
                for (var stored : inParallel(pool, students, student -> student.openWorkspace(restarted.baseUrl()))) {
                    AutosavingStudent student = stored.student();
                    if (student.keeps(stored.value())) {
                        verified++;
                    } else {
                        lost++;
                        losses.add("  " + student.username + ": acknowledged " + ending(student.acknowledged())
                                + " but the database holds " + ending(stored.value()));
                    }
                    student.startFrom(stored.value());
                }
                System.out.printf("%5d %7d %7d ms %12s %7d ms %9d %5d%n", cycle, acknowledged,
                        (killedAt - savingFrom) / 1_000_000,
                        lastAck == 0 ? "-" : (killedAt - lastAck) / 1_000_000 + " ms", restart.toMillis(), verified,
                        lost);
                losses.forEach(System.out::println);
                totalAcknowledged += acknowledged;
                totalLost += lost;
                failedCycles += lost > 0 ? 1 : 0;
                completed++;
            }
            app.stop();
            finished = true;
        } catch (Exception | Error e) {
            System.out.println("The crash test could not finish: " + e);
            if (app != null) {
                System.out.println("Last lines of the app log:\n" + app.logTail(30));
            }
            students.forEach(student -> student.screenshot(work.resolve(student.username + ".png")));
        } finally {
            if (app != null && app.isAlive()) {
                app.kill();
            }
            students.forEach(AutosavingStudent::close);
            if (postgres != null) {
                postgres.close();
            }
        }
        System.out.printf("%nTotal: %d cycles completed, %d acknowledged saves, %d lost (%d cycles with a loss)%n",
                completed, totalAcknowledged, totalLost, failedCycles);
        if (totalLost > 0 || !finished) {
            System.out.println("FAILED: data and logs kept in " + work);
            System.exit(1);
        }
        deleteRecursively(work);
        System.out.println("PASSED: every acknowledged save survived every kill");
        System.exit(0);
    }

    private static String ending(String text) {
        return text.length() + " characters, ending \"" + text.substring(Math.max(0, text.length() - 30)) + "\"";
    }

    private static EmbeddedPostgres startPostgres(Map<String, String> environment) throws IOException, SQLException {
        // The PostgreSQL server runs in this JVM, so killing the app leaves it running, as a real server
        // would be. Commits wait for the WAL flush, as on a production server.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE sourcelens_crash");
        }
        environment.put("SOURCELENS_DB_URL", postgres.getJdbcUrl("postgres", "sourcelens_crash"));
        environment.put("SOURCELENS_DB_USER", "postgres");
        environment.put("SOURCELENS_DB_PASSWORD", "");
        return postgres;
    }

    private static String describe(String database, Path jar) throws IOException {
        if ("postgres".equals(database)) {
            return "embedded PostgreSQL";
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(entry -> entry.getName())
                    .filter(name -> name.matches("BOOT-INF/lib/h2-[0-9.]+\\.jar"))
                    .map(name -> "H2 " + name.replaceAll(".*/h2-|\\.jar", "") + " (file mode)")
                    .findFirst().orElse("H2 (file mode)");
        }
    }

    private record Stored(AutosavingStudent student, String value) {
    }

    private interface BrowserStep {
        String run(AutosavingStudent student) throws Exception;
    }

    private static List<Stored> inParallel(ExecutorService pool, List<AutosavingStudent> students, BrowserStep step)
            throws Exception {
        List<Future<String>> results = new ArrayList<>();
        for (AutosavingStudent student : students) {
            results.add(pool.submit(() -> step.run(student)));
        }
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            stored.add(new Stored(students.get(i), results.get(i).get()));
        }
        return stored;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
