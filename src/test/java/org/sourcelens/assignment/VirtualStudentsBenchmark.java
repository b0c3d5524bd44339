package org.sourcelens.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.sourcelens.Application;
import org.sourcelens.PostgresTestDatabase;
import org.sourcelens.TestAccounts;
import org.sourcelens.benchmark.Summary;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: N virtual students (30, 100, 300) each open an assignment, autosave an answer
 * every 2 seconds and add a highlight every 20 seconds, through the same services the UI calls, on H2 in
 * memory or, with {@code -Dsourcelens.test.database=postgres}, on an embedded PostgreSQL. Prints throughput, p50/p95/p99 save latency, errors, and writes lost (every
 * acknowledged save is read back afterwards):
 * {@code mvn -Pbenchmark test-compile exec:java -Dbenchmark=org.sourcelens.assignment.VirtualStudentsBenchmark}
 * ({@code -Dseconds=N} per class size, default 30; {@code -Dsizes=30,100,300}). In memory by default;
 * {@code -Ddatabase=file} uses the H2 file URL the app ships with (in a temporary directory), {@code -Durl=...} any
 * other JDBC URL (for example the file URL with other settings, {@code ${sourcelens.data-dir}} standing for the
 * temporary directory); {@code -Dsourcelens.test.database=postgres} the embedded PostgreSQL.
 */
public final class VirtualStudentsBenchmark {

    private VirtualStudentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 30);
        Path dataDir = Files.createTempDirectory("virtual-students");
        String url = System.getProperty("url", "file".equals(System.getProperty("database"))
                ? shippedH2Url() : "jdbc:h2:mem:virtual-students;DB_CLOSE_DELAY=-1");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .properties("logging.level.root=WARN", "spring.main.banner-mode=off",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig")
                .run("--spring.datasource.url=" + url, "--sourcelens.data-dir=" + dataDir)) {
            System.out.printf("%nVirtual students through the services on %s, %d s per size: save every 2 s, "
                    + "highlight every 20 s%n", database(), seconds);
            System.out.printf("%9s %8s %11s %8s %8s %8s %11s %7s %6s%n", "students", "saves", "saves/s", "p50 ms",
                    "p95 ms", "p99 ms", "highlights", "errors", "lost");
            long firstId = 20_000_000L;
            for (int students : Arrays.stream(System.getProperty("sizes", "30,100,300").split(","))
                    .mapToInt(size -> Integer.parseInt(size.trim())).toArray()) {
                run(context, students, seconds, firstId);
                firstId += 1_000_000L;
            }
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * The H2 file URL as src/main/resources/application.properties ships it (its {@code ${sourcelens.data-dir}}
     * resolved by Spring), so {@code -Ddatabase=file} measures the settings the app runs with.
     */
    private static String shippedH2Url() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = Application.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        return shipped.getProperty("spring.datasource.url");
    }

    private static void run(ConfigurableApplicationContext context, int students, int seconds, long firstId)
            throws InterruptedException {
        TestAccounts accounts = context.getBean(TestAccounts.class);
        SubmissionService submissions = context.getBean(SubmissionService.class);
        HighlightService highlights = context.getBean(HighlightService.class);
        var instructor = accounts.instructor();
        accounts.signInAs(instructor.username());
        TaughtClass classroom = context.getBean(ClassroomService.class).createClass("Virtual " + students);
        ArticleService articles = context.getBean(ArticleService.class);
        List<ArticleDraft.Block> blocks = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            blocks.add(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, ("Officials in district " + p
                    + " said on Monday that fees at the harbour would rise by a third, according to a report. ")
                    .repeat(4).strip()));
        }
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Virtual " + students, null, null,
                null, null, null, null), blocks, List.of(), List.of()), ArticleVisibility.SHARED);
        ArticleContent article = articles.read(articleId);
        QuestionSetService sets = context.getBean(QuestionSetService.class);
        long setId = sets.createSet("Virtual set " + students, "");
        sets.addQuestion(setId, new QuestionSpec(QuestionType.SHORT_ANSWER, Dimension.SOURCING, 2,
                "Who is behind this article?", List.of(), QuestionSpec.defaultRubric(), null, List.of(), 0));
        AssignmentService assignments = context.getBean(AssignmentService.class);
        long assignmentId = assignments.assign(classroom.id(), new AssignmentRequest(articleId, null, setId, null,
                null, null, PeerVisibility.AFTER_SUBMIT, true, true)).assignmentId();
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        List<String> usernames = enrol(context.getBean(JdbcTemplate.class), classroom.id(), students, firstId);
        accounts.signOut();

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger marks = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String username : usernames) {
                pool.execute(() -> {
                    accounts.signInAs(username);
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    try {
                        Workspace workspace = submissions.workspace(assignmentId);
                        long questionId = workspace.questions().getFirst().questionId();
                        int revision = 0;
                        long next = System.nanoTime() + random.nextLong(TimeUnit.SECONDS.toNanos(2));
                        int tick = 0;
                        while (next < end) {
                            TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
                            String text = "Draft " + tick + " by " + username + ": the broadcaster is state-owned.";
                            long start = System.nanoTime();
                            try {
                                SaveOutcome outcome = submissions.saveAnswer(assignmentId, questionId,
                                        new AnswerValue(null, text, null, null, null), revision);
                                latencies.add(System.nanoTime() - start);
                                if (outcome.saved()) {
                                    revision = outcome.revision();
                                    acknowledged.put(username, text);
                                } else {
                                    errors.incrementAndGet();
                                    revision = outcome.revision();
                                }
                                if (tick % 10 == 9) {
                                    ArticleContent.Paragraph p = article.paragraphs().get(random.nextInt(12));
                                    int from = random.nextInt(p.text().length() - 30);
                                    highlights.create(readingId, new Position(p.anchor(), from, p.anchor(), from + 20),
                                            "claim", null);
                                    marks.incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                errors.incrementAndGet();
                            }
                            tick++;
                            next += TimeUnit.SECONDS.toNanos(2);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                });
            }
        }
        int lost = 0;
        for (Map.Entry<String, String> saved : acknowledged.entrySet()) {
            accounts.signInAs(saved.getKey());
            String stored = submissions.workspace(assignmentId).questions().getFirst().answer().text();
            if (!saved.getValue().equals(stored)) {
                lost++;
            }
        }
        accounts.signOut();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%9d %8d %11.1f %8.1f %8.1f %8.1f %11d %7d %6d%n", students, sorted.length,
                sorted.length / (double) seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), marks.get(), errors.get(), lost);
        String section = "students through the services (" + database() + ")";
        Summary.record(section, students + " students, " + seconds + " s: saves/s, p50 / p95 / p99",
                String.format("%.1f/s, %.1f / %.1f / %.1f ms", sorted.length / (double) seconds,
                        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)),
                students == 300 ? "p99 < 50 ms" : "");
        Summary.record(section, students + " students: highlights, errors, acknowledged saves lost",
                marks.get() + ", " + errors.get() + ", " + lost + " of " + acknowledged.size(), "-, 0, 0");
    }

    /** H2 in memory, or PostgreSQL with {@code -Dsourcelens.test.database=postgres} (see PostgresTestDatabase). */
    private static String database() {
        if ("postgres".equals(System.getProperty(PostgresTestDatabase.SWITCH))) {
            return "embedded PostgreSQL";
        }
        if (System.getProperty("url") != null) {
            return System.getProperty("url");
        }
        return "file".equals(System.getProperty("database")) ? "H2 file" : "H2 in memory";
    }

    private static List<String> enrol(JdbcTemplate jdbc, long classId, int students, long firstId) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> users = new ArrayList<>();
        List<Object[]> enrolments = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            long id = firstId + 2L * s;
            String username = "virtual-" + id;
            usernames.add(username);
            users.add(new Object[] {id, username, "Virtual student " + s, "{noop}x", "STUDENT", now, now});
            enrolments.add(new Object[] {id + 1, classId, id, now});
        }
        jdbc.batchUpdate("insert into user_account (id, username, display_name, password_hash, role, created_at, "
                + "password_changed_at) values (?, ?, ?, ?, ?, ?, ?)", users);
        jdbc.batchUpdate("insert into enrolment (id, classroom_id, student_id, enrolled_at) values (?, ?, ?, ?)",
                enrolments);
        return usernames;
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static String describe(long[] values) {
        return Arrays.toString(values);
    }
}
