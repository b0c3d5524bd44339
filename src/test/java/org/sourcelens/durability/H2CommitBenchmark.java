package org.sourcelens.durability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: what H2's WRITE_DELAY costs an autosave. Plain JDBC on an H2 file, an
 * autosave-sized row updated and committed over and over by 1 and by 8 threads (the app's pool has 10
 * connections), with H2's default WRITE_DELAY (500 ms) and with 0, alternating, several rounds, so
 * both settings see the same machine load:
 * {@code mvn -Pbenchmark test-compile exec:java -Dbenchmark=org.sourcelens.durability.H2CommitBenchmark}
 * ({@code -Dseconds=N} per measurement, default 5; {@code -Drounds=N}, default 3).
 */
public final class H2CommitBenchmark {

    private H2CommitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 5);
        int rounds = Integer.getInteger("rounds", 3);
        Path dir = Files.createTempDirectory("h2-commit");
        try {
            System.out.printf("%nH2 file, autosave-sized row updated and committed, %d s per measurement%n", seconds);
            System.out.printf("%5s %11s %7s %10s %8s %8s %8s%n", "round", "WRITE_DELAY", "threads", "commits/s",
                    "p50 ms", "p95 ms", "p99 ms");
            for (int round = 1; round <= rounds; round++) {
                for (int writeDelay : new int[] {500, 0}) {
                    for (int threads : new int[] {1, 8}) {
                        measure(dir.resolve("r" + round + "-d" + writeDelay + "-t" + threads), round, writeDelay,
                                threads, seconds);
                    }
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void measure(Path file, int round, int writeDelay, int threads, int seconds) throws Exception {
        String url = "jdbc:h2:file:" + file + ";MODE=Regular;WRITE_DELAY=" + writeDelay;
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "");
                Statement ddl = keepOpen.createStatement()) {
            ddl.execute("create table answer (id bigint primary key, revision int not null, text varchar(10000))");
            ddl.execute("insert into answer select x, 0, '' from system_range(1, 300)");
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<?>> workers = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    workers.add(pool.submit(() -> {
                        save(url, thread, end, latencies);
                        return null;
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%5d %11d %7d %10.0f %8.2f %8.2f %8.2f%n", round, writeDelay, threads,
                    sorted.length / (double) seconds, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99));
        }
    }

    private static void save(String url, int thread, long end, ConcurrentLinkedQueue<Long> latencies)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement update = connection.prepareStatement(
                        "update answer set revision = revision + 1, text = ? where id = ?")) {
            connection.setAutoCommit(false);
            for (int n = 0; System.nanoTime() < end; n++) {
                long start = System.nanoTime();
                update.setString(1, "Draft " + n + " by thread " + thread + ": the broadcaster is state-owned.");
                // each thread its own rows, as each student their own answer
                update.setLong(2, 1 + thread * 37L + n % 37);
                update.executeUpdate();
                connection.commit();
                latencies.add(System.nanoTime() - start);
            }
        }
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
