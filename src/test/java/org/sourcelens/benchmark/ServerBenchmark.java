package org.sourcelens.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.node.ObjectNode;

/**
 * Benchmark, not a test: the packaged production jar as a real server, driven over HTTP.
 * <ul>
 * <li><b>start-up</b>: time from starting {@code java -jar} to the first 200 on {@code /login},
 * with a fresh and with an existing data directory (median of {@code bench.startupRuns});
 * <li><b>memory</b>: live heap after a full collection with 0, 100 and 300 (or
 * {@code bench.sessions}) students each signed in and holding the assignment workspace open in a
 * Vaadin UI; the slope is the heap per open workspace;
 * <li><b>students over HTTP</b>: {@code bench.httpStudents} students each change their written
 * answer every 2 s through the UI (a UIDL request, as the browser sends after typing), for
 * {@code seconds}; latency is the round trip of that request, which returns once the card shows the
 * save (no "Not saved"); every acknowledged save is read back from the database file after the
 * server has stopped. Each student also has the reader of a demo reading open in a second tab (a
 * second Vaadin UI in the same session) and adds a highlight every 20 s: the selection event of the
 * reader's text, then a click on "Highlight"; latency is the round trip of the click, which returns
 * once the panel announces the highlight; every acknowledged highlight is looked for in the database
 * file after the server has stopped.
 * </ul>
 * {@code bench.jar} names the jar (built with {@code mvn -Pproduction package}); {@code bench.parts}
 * picks parts ({@code startup,memory,http}); {@code bench.serverJvm} passes JVM options to the server.
 * {@code scripts/benchmark} runs it with the other benchmarks.
 */
public final class ServerBenchmark {

    static final String PASSWORD = "bench-pass-2026";
    private static final String DEMO_CLASS = "Media literacy (demo class)";

    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/sourcelens-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar at " + jar + ": build it with mvn -Pproduction package");
        }
        List<String> parts = List.of(System.getProperty("bench.parts", "startup,memory,http").split(","));
        int port = Integer.getInteger("bench.port", 18080);
        List<String> jvm = System.getProperty("bench.serverJvm", "").isBlank() ? List.of()
                : List.of(System.getProperty("bench.serverJvm").trim().split("\\s+"));
        Path work = Files.createTempDirectory("sourcelens-bench");
        System.out.printf("%nServer benchmarks on %s (%d cores), server JVM options %s, work directory %s%n",
                jar.getFileName(), Runtime.getRuntime().availableProcessors(), jvm, work);
        if (parts.contains("startup")) {
            startup(jar, work, port, jvm, Integer.getInteger("bench.startupRuns", 3));
        }
        int[] sessions = Arrays.stream(System.getProperty("bench.sessions", "0,100,300").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).sorted().toArray();
        int httpStudents = Integer.getInteger("bench.httpStudents", 30);
        if (parts.contains("memory") || parts.contains("http")) {
            Path data = work.resolve("app");
            int students = Math.max(sessions[sessions.length - 1], httpStudents);
            long assignmentId = prepare(jar, data, port, jvm, students);
            if (parts.contains("memory")) {
                memory(jar, data, port, jvm, assignmentId, sessions);
            }
            if (parts.contains("http")) {
                httpStudents(jar, data, port, jvm, assignmentId, demoReading(data), httpStudents,
                        Integer.getInteger("seconds", 60));
            }
        }
    }

    private static void startup(Path jar, Path work, int port, List<String> jvm, int runs) throws Exception {
        double[] fresh = new double[runs];
        double[] existing = new double[runs];
        for (int run = 0; run < runs; run++) {
            try (AppServer server = AppServer.start(jar, work.resolve("startup-" + run), port, "", jvm)) {
                fresh[run] = server.startupMillis();
            }
        }
        for (int run = 0; run < runs; run++) {
            try (AppServer server = AppServer.start(jar, work.resolve("startup-0"), port, "", jvm)) {
                existing[run] = server.startupMillis();
            }
        }
        System.out.printf("%nStart-up of the packaged jar to the first 200 on /login, %d runs each (no demo profile)%n",
                runs);
        System.out.printf("%-24s %10s %10s %10s%n", "data directory", "median ms", "min ms", "max ms");
        System.out.printf("%-24s %10.0f %10.0f %10.0f%n", "fresh (empty)", median(fresh), min(fresh), max(fresh));
        System.out.printf("%-24s %10.0f %10.0f %10.0f%n", "existing", median(existing), min(existing),
                max(existing));
        Summary.record("start-up", "fresh data directory, median of " + runs,
                String.format("%.1f s", median(fresh) / 1000), "");
        Summary.record("start-up", "existing data directory, median of " + runs,
                String.format("%.1f s", median(existing) / 1000), "");
    }

    /**
     * A data directory with the demo content and {@code students} more students in the demo class
     * (inserted into the stopped server's database file, with a plain-text password hash so signing
     * in costs the server no hashing); returns the demo class's first question-set assignment.
     */
    private static long prepare(Path jar, Path data, int port, List<String> jvm, int students) throws Exception {
        try (AppServer server = AppServer.start(jar, data, port, "demo", jvm)) {
            // the first start creates the schema and the demo content
        }
        try (Connection db = database(data)) {
            Timestamp now = Timestamp.from(Instant.now());
            long classId;
            long assignmentId;
            try (PreparedStatement find = db.prepareStatement("select c.id, min(a.id) from classroom c join assignment a "
                    + "on a.classroom_id = c.id where c.name = ? and a.question_set_id is not null group by c.id")) {
                find.setString(1, DEMO_CLASS);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No demo class with an assignment");
                    }
                    classId = row.getLong(1);
                    assignmentId = row.getLong(2);
                }
            }
            try (PreparedStatement user = db.prepareStatement("insert into user_account (id, username, display_name, "
                    + "password_hash, role, created_at, password_changed_at) values (?, ?, ?, ?, 'STUDENT', ?, ?)");
                    PreparedStatement enrol = db.prepareStatement(
                            "insert into enrolment (id, classroom_id, student_id, enrolled_at) values (?, ?, ?, ?)")) {
                for (int s = 0; s < students; s++) {
                    long id = 30_000_000L + 2L * s;
                    user.setLong(1, id);
                    user.setString(2, username(s));
                    user.setString(3, "Bench student " + s);
                    user.setString(4, "{noop}" + PASSWORD);
                    user.setTimestamp(5, now);
                    user.setTimestamp(6, now);
                    user.addBatch();
                    enrol.setLong(1, id + 1);
                    enrol.setLong(2, classId);
                    enrol.setLong(3, id);
                    enrol.setTimestamp(4, now);
                    enrol.addBatch();
                }
                user.executeBatch();
                enrol.executeBatch();
            }
            return assignmentId;
        }
    }

    /** A reading of the demo class and passages of its first paragraph to highlight (they start it). */
    record Reading(long assignmentId, String anchor, List<String> phrases) {
    }

    /**
     * The demo class's first reading (an assignment without questions) whose first paragraph starts
     * with plain words, with the first two to six words of that paragraph as passages to highlight.
     */
    private static Reading demoReading(Path data) throws SQLException {
        try (Connection db = database(data);
                PreparedStatement find = db.prepareStatement("select a.id, p.body from classroom c "
                        + "join assignment a on a.classroom_id = c.id "
                        + "join article_version v on v.article_id = a.article_id and v.number = a.article_version "
                        + "join article_paragraph p on p.article_version_id = v.id and p.anchor = 'p1' "
                        + "where c.name = ? and a.question_set_id is null order by a.id")) {
            find.setString(1, DEMO_CLASS);
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    String body = row.getString(2);
                    int plain = 0;
                    while (plain < Math.min(body.length(), 80)
                            && body.substring(plain, plain + 1).matches("[A-Za-z.,' ]")) {
                        plain++;
                    }
                    String[] words = body.substring(0, plain).split(" ");
                    if (words.length < 4 || !Character.isUpperCase(body.charAt(0))) {
                        continue;
                    }
                    List<String> phrases = new ArrayList<>();
                    for (int n = 2; n <= Math.min(6, words.length - 1); n++) {
                        phrases.add(String.join(" ", Arrays.copyOf(words, n)));
                    }
                    return new Reading(row.getLong(1), "p1", phrases);
                }
            }
        }
        throw new IllegalStateException("No demo reading whose first paragraph starts with plain words");
    }

    private static void memory(Path jar, Path data, int port, List<String> jvm, long assignmentId, int[] sessions)
            throws Exception {
        long[] heap = new long[sessions.length];
        List<UiClient> open = Collections.synchronizedList(new ArrayList<>());
        try (AppServer server = AppServer.start(jar, data, port, "demo", jvm);
                ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int step = 0; step < sessions.length; step++) {
                List<Future<?>> opening = new ArrayList<>();
                for (int s = open.size(); s < sessions[step]; s++) {
                    int student = s;
                    opening.add(pool.submit(() -> {
                        UiClient client = new UiClient(server.base());
                        openWorkspace(client, username(student), assignmentId);
                        open.add(client);
                        return null;
                    }));
                }
                for (Future<?> future : opening) {
                    future.get();
                }
                heap[step] = server.liveHeapKb();
            }
        }
        System.out.printf("%nLive heap after a full GC with N students each holding the workspace open "
                + "(production jar, assignment %d)%n", assignmentId);
        System.out.printf("%10s %14s%n", "sessions", "heap used KB");
        for (int step = 0; step < sessions.length; step++) {
            System.out.printf("%10d %14d%n", sessions[step], heap[step]);
        }
        double slope = slope(sessions, heap);
        System.out.printf("Heap per open workspace (least-squares slope): %.0f KB (target < 200 KB)%n", slope);
        if (sessions.length >= 3) {
            // the first sessions also warm caches that every later one shares
            int last = sessions.length - 1;
            System.out.printf("Between the last two sizes only: %.0f KB%n",
                    (heap[last] - heap[last - 1]) / (double) (sessions[last] - sessions[last - 1]));
        }
        Summary.record("memory", "heap per open workspace (sessions " + Arrays.toString(sessions) + ")",
                String.format("%.0f KB", slope), "< 200 KB");
    }

    /** Signs in, opens the workspace and checks the server built it; returns the written answers' nodes. */
    private static List<Integer> openWorkspace(UiClient client, String username, long assignmentId)
            throws IOException, InterruptedException {
        if (!client.signIn(username, PASSWORD)) {
            throw new IllegalStateException("Sign-in refused for " + username);
        }
        String uidl = client.open("assignments/" + assignmentId);
        List<Integer> textAreas = UiClient.nodesWithTag(uidl, "vaadin-text-area", Set.of("What it said"));
        if (textAreas.isEmpty() || !uidl.contains("Written answer")) {
            Path dump = Files.createTempFile("sourcelens-init-", ".json");
            Files.writeString(dump, uidl);
            throw new IllegalStateException("No workspace with a written answer for " + username + "; the UI the "
                    + "server built is in " + dump);
        }
        return textAreas;
    }

    private static void httpStudents(Path jar, Path data, int port, List<String> jvm, long assignmentId,
            Reading reading, int students, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> highlightLatencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> highlighted = new ConcurrentHashMap<>();
        AtomicInteger highlightErrors = new AtomicInteger();
        AtomicReference<String> firstHighlightError = new AtomicReference<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        try (AppServer server = AppServer.start(jar, data, port, "demo", jvm)) {
            List<UiClient> clients = new ArrayList<>();
            List<Integer> nodes = new ArrayList<>();
            List<ReaderTab> readers = new ArrayList<>();
            for (int s = 0; s < students; s++) {
                UiClient client = new UiClient(server.base());
                nodes.add(openWorkspace(client, username(s), assignmentId).getFirst());
                clients.add(client);
                readers.add(openReader(new UiClient(client), username(s), reading.assignmentId()));
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int s = 0; s < students; s++) {
                    UiClient client = clients.get(s);
                    int node = nodes.get(s);
                    String username = username(s);
                    ReaderTab reader = readers.get(s);
                    pool.execute(() -> {
                        long next = System.nanoTime()
                                + ThreadLocalRandom.current().nextLong(TimeUnit.SECONDS.toNanos(20));
                        int tick = 0;
                        while (next < end) {
                            try {
                                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
                                // consecutive passages differ, so each new highlight changes the announcement
                                String phrase = reading.phrases().get(tick % reading.phrases().size());
                                ObjectNode detail = UiClient.object();
                                detail.put("startAnchor", reading.anchor());
                                detail.put("startOffset", 0);
                                detail.put("endAnchor", reading.anchor());
                                detail.put("endOffset", phrase.length());
                                detail.put("text", phrase);
                                ObjectNode selection = UiClient.object();
                                selection.set("event.detail", detail);
                                reader.client().event(reader.text(), "sl-selection", selection);
                                long start = System.nanoTime();
                                String response = reader.client().click(reader.button());
                                highlightLatencies.add(System.nanoTime() - start);
                                if (response.contains("Highlighted as ") && response.contains(phrase)) {
                                    highlighted.computeIfAbsent(username, u -> new AtomicInteger()).incrementAndGet();
                                } else {
                                    highlightErrors.incrementAndGet();
                                    firstHighlightError.compareAndSet(null, "not highlighted: " + response);
                                }
                                if (tick % 3 == 2) {
                                    reader.client().heartbeat();
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            } catch (IOException | RuntimeException e) {
                                highlightErrors.incrementAndGet();
                                firstHighlightError.compareAndSet(null, e.toString());
                            }
                            tick++;
                            next += TimeUnit.SECONDS.toNanos(20);
                        }
                    });
                    pool.execute(() -> {
                        long next = System.nanoTime() + ThreadLocalRandom.current().nextLong(TimeUnit.SECONDS.toNanos(2));
                        int tick = 0;
                        while (next < end) {
                            try {
                                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
                                String text = "Draft " + tick + " by " + username + " the broadcaster is state-owned";
                                long start = System.nanoTime();
                                String response = client.setProperty(node, "value", text);
                                latencies.add(System.nanoTime() - start);
                                // The card says "Saved at HH:mm:ss"; a second save within the same second
                                // leaves that text as it was, so the response carries no change to it.
                                // A refused save says "Not saved…".
                                if (!response.contains("Not saved")) {
                                    acknowledged.put(username, text);
                                } else {
                                    errors.incrementAndGet();
                                    firstError.compareAndSet(null, "not saved: " + response);
                                }
                                if (tick % 30 == 29) {
                                    client.heartbeat();
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            } catch (IOException | RuntimeException e) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, e.toString());
                            }
                            tick++;
                            next += TimeUnit.SECONDS.toNanos(2);
                        }
                    });
                }
            }
        }
        int lost = lost(data, assignmentId, acknowledged);
        int acknowledgedHighlights = highlighted.values().stream().mapToInt(AtomicInteger::get).sum();
        int lostHighlights = lostHighlights(data, reading.assignmentId(), highlighted);
        long[] highlightSorted = highlightLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%nStudents through the UI over HTTP (production jar, H2 file), %d s: written answer "
                + "changed every 2 s, saved by the workspace; acknowledged saves read back after the server stopped%n",
                seconds);
        System.out.printf("%9s %8s %11s %8s %8s %8s %7s %6s%n", "students", "saves", "saves/s", "p50 ms", "p95 ms",
                "p99 ms", "errors", "lost");
        System.out.printf("%9d %8d %11.1f %8.1f %8.1f %8.1f %7d %6d%n", students, sorted.length,
                sorted.length / (double) seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), errors.get(), lost);
        if (firstError.get() != null) {
            System.out.println("First error: " + firstError.get());
        }
        Summary.record("students over HTTP (UI)", students + " students, " + seconds + " s: saves/s, p50 / p95 / p99",
                String.format("%.1f/s, %.1f / %.1f / %.1f ms", sorted.length / (double) seconds,
                        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)), "p99 < 50 ms");
        Summary.record("students over HTTP (UI)", "errors, acknowledged saves lost",
                errors.get() + ", " + lost + " of " + acknowledged.size(), "0, 0");
        System.out.printf("%nThe same students in the reader (assignment %d, second tab): a highlight every 20 s, "
                + "selection event then click; acknowledged highlights looked for after the server stopped%n",
                reading.assignmentId());
        System.out.printf("%9s %10s %8s %8s %8s %7s %6s%n", "students", "highlights", "p50 ms", "p95 ms", "p99 ms",
                "errors", "lost");
        System.out.printf("%9d %10d %8.1f %8.1f %8.1f %7d %6d%n", students, highlightSorted.length,
                percentile(highlightSorted, 50), percentile(highlightSorted, 95), percentile(highlightSorted, 99),
                highlightErrors.get(), lostHighlights);
        if (firstHighlightError.get() != null) {
            System.out.println("First highlight error: " + firstHighlightError.get());
        }
        Summary.record("students over HTTP (UI)", "highlights (every 20 s): n, p50 / p95 / p99, errors, lost", String.format("%d, %.1f / %.1f / %.1f ms, %d, %d of %d",
                        highlightSorted.length, percentile(highlightSorted, 50), percentile(highlightSorted, 95),
                        percentile(highlightSorted, 99), highlightErrors.get(), lostHighlights,
                        acknowledgedHighlights), "p99 < 50 ms, 0, 0");
    }

    /** A student's second tab: the reader's UI, with the nodes of its text and of the "Highlight" button. */
    private record ReaderTab(UiClient client, int text, int button) {
    }

    /** Opens the reader in a tab of a signed-in browser and finds the nodes a highlight needs. */
    private static ReaderTab openReader(UiClient client, String username, long readingId)
            throws IOException, InterruptedException {
        String uidl = client.open("read/" + readingId);
        int text = UiClient.nodeWith(uidl, "tag", "sl-selectable-text");
        int button = UiClient.nodeWith(uidl, "id", "highlight-selection");
        if (text < 0 || button < 0) {
            Path dump = Files.createTempFile("sourcelens-reader-", ".json");
            Files.writeString(dump, uidl);
            throw new IllegalStateException("No reader with a highlight button for " + username + "; the UI the "
                    + "server built is in " + dump);
        }
        return new ReaderTab(client, text, button);
    }

    /** Acknowledged highlights missing from the database (per student: acknowledged minus stored, if more). */
    private static int lostHighlights(Path data, long readingId, Map<String, AtomicInteger> acknowledged)
            throws SQLException {
        int lost = 0;
        try (Connection db = database(data);
                PreparedStatement count = db.prepareStatement("select count(*) from highlight h "
                        + "join user_account u on u.id = h.author_id where u.username = ? and h.assignment_id = ?")) {
            for (Map.Entry<String, AtomicInteger> entry : acknowledged.entrySet()) {
                count.setString(1, entry.getKey());
                count.setLong(2, readingId);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    lost += Math.max(0, entry.getValue().get() - row.getInt(1));
                }
            }
        }
        return lost;
    }

    /** Acknowledged saves whose text is not in the stored answer (read from the stopped server's file). */
    private static int lost(Path data, long assignmentId, Map<String, String> acknowledged) throws SQLException {
        int lost = 0;
        try (Connection db = database(data);
                PreparedStatement read = db.prepareStatement("select a.answer_value from answer a "
                        + "join submission s on s.id = a.submission_id join user_account u on u.id = s.student_id "
                        + "where u.username = ? and s.assignment_id = ?")) {
            for (Map.Entry<String, String> saved : acknowledged.entrySet()) {
                read.setString(1, saved.getKey());
                read.setLong(2, assignmentId);
                boolean found = false;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        found |= rows.getString(1).contains(saved.getValue());
                    }
                }
                if (!found) {
                    lost++;
                }
            }
        }
        return lost;
    }

    private static Connection database(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("sourcelens") + ";MODE=Regular", "sa", "");
    }

    static String username(int student) {
        return "bench-" + student;
    }

    private static double slope(int[] x, long[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - mx) * (y[i] - my);
            den += (x[i] - mx) * (x[i] - mx);
        }
        return den == 0 ? Double.NaN : num / den;
    }

    static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
