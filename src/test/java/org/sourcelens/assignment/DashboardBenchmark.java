package org.sourcelens.assignment;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.sourcelens.Application;
import org.sourcelens.TestAccounts;
import org.sourcelens.benchmark.Summary;
import org.sourcelens.annotation.ClassHighlightsService;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: the data time of one class-dashboard render (and of the highlight heat map)
 * for classes of 30, 300 and 1,000 students with 20 questions and 30 highlights each, and their ratio
 * to the class of 30. Runs the real services on an in-memory H2 database:
 * {@code mvn -Pbenchmark test-compile exec:java -Dbenchmark=org.sourcelens.assignment.DashboardBenchmark}.
 */
public final class DashboardBenchmark {

    private static final int QUESTIONS = 20;
    private static final int HIGHLIGHTS = 30;
    private static final int PARAGRAPHS = 20;
    private static final int RUNS = 15;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .properties("spring.datasource.url=jdbc:h2:mem:dashboard-benchmark;DB_CLOSE_DELAY=-1",
                        "logging.level.root=WARN", "spring.main.banner-mode=off",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig")
                .run()) {
            DashboardBenchmark.run(context);
        }
    }

    private static void run(ConfigurableApplicationContext context) {
        TestAccounts accounts = context.getBean(TestAccounts.class);
        ClassResultsService results = context.getBean(ClassResultsService.class);
        ClassHighlightsService highlights = context.getBean(ClassHighlightsService.class);
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        int[] sizes = {30, 300, 1_000};
        double[] dashboard = new double[sizes.length];
        double[] heatMap = new double[sizes.length];
        long nextId = 10_000_000L;
        System.out.printf("%nClass dashboard data time, %d questions and %d highlights per student, median of %d runs%n",
                QUESTIONS, HIGHLIGHTS, RUNS);
        System.out.printf("%10s %14s %12s %14s %12s%n", "students", "dashboard ms", "statements", "heat map ms",
                "statements");
        for (int s = 0; s < sizes.length; s++) {
            Setup setup = setUp(context, accounts, sizes[s], nextId);
            nextId += 1_000_000L;
            accounts.signInAs(setup.instructor().username());
            for (int i = 0; i < 3; i++) {
                results.dashboard(setup.assignmentId());
                highlights.heatMap(setup.readingId());
            }
            dashboard[s] = median(() -> results.dashboard(setup.assignmentId()));
            heatMap[s] = median(() -> highlights.heatMap(setup.readingId()));
            long dashboardStatements = statements(statistics, () -> results.dashboard(setup.assignmentId()));
            long heatStatements = statements(statistics, () -> highlights.heatMap(setup.readingId()));
            System.out.printf("%10d %14.1f %12d %14.1f %12d%n", sizes[s], dashboard[s], dashboardStatements,
                    heatMap[s], heatStatements);
            accounts.signOut();
        }
        System.out.printf("Ratio to 30 students: dashboard %s, heat map %s (students: 1 : 10 : 33)%n",
                ratios(dashboard), ratios(heatMap));
        Summary.record("instructor dashboard (H2 in memory)", "dashboard data ms at 30 / 300 / 1,000 students",
                String.format("%.0f / %.0f / %.0f ms", dashboard[0], dashboard[1], dashboard[2]), "");
        Summary.record("instructor dashboard (H2 in memory)", "dashboard ratio to 30 students",
                ratios(dashboard), "< 5");
        Summary.record("instructor dashboard (H2 in memory)", "heat map ratio to 30 students", ratios(heatMap), "< 5");
    }

    private record Setup(AccountSummary instructor, long assignmentId, long readingId) {
    }

    private static Setup setUp(ConfigurableApplicationContext context, TestAccounts accounts, int students, long firstId) {
        AccountSummary instructor = accounts.instructor();
        accounts.signInAs(instructor.username());
        TaughtClass classroom = context.getBean(ClassroomService.class).createClass("Benchmark " + students);
        ArticleService articles = context.getBean(ArticleService.class);
        List<ArticleDraft.Block> blocks = new ArrayList<>();
        for (int p = 0; p < PARAGRAPHS; p++) {
            blocks.add(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, paragraph(p)));
        }
        long articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Benchmark article " + students, null,
                null, null, null, null, null), blocks, List.of(), List.of()), ArticleVisibility.SHARED);
        ArticleContent article = articles.read(articleId);
        QuestionSetService sets = context.getBean(QuestionSetService.class);
        long setId = sets.createSet("Benchmark set " + students, "");
        List<QuestionSpec> specs = AssignmentFixture.everyType(article).subList(0, 4);
        for (int q = 0; q < QUESTIONS; q++) {
            sets.addQuestion(setId, specs.get(q % specs.size()));
        }
        AssignmentService assignments = context.getBean(AssignmentService.class);
        long assignmentId = assignments.assign(classroom.id(), new AssignmentRequest(articleId, null, setId, null,
                null, null, PeerVisibility.AFTER_SUBMIT, true, true)).assignmentId();
        long readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
        List<Long> questionIds = context.getBean(AssignmentQuestionRepository.class)
                .findByAssignmentIdOrderByPosition(assignmentId).stream().map(AssignmentQuestion::getId).toList();
        insertWork(context.getBean(JdbcTemplate.class), classroom.id(), assignmentId, readingId, articleId, article,
                questionIds, specs, students, firstId);
        return new Setup(instructor, assignmentId, readingId);
    }

    /** Students, enrolments, submissions, answers, grades and highlights, written straight to the tables. */
    private static void insertWork(JdbcTemplate jdbc, long classId, long assignmentId, long readingId, long articleId,
            ArticleContent article, List<Long> questionIds, List<QuestionSpec> specs, int students, long firstId) {
        Random random = new Random(students);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> users = new ArrayList<>();
        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> submissions = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> grades = new ArrayList<>();
        List<Object[]> marks = new ArrayList<>();
        long id = firstId;
        long grader = jdbc.queryForObject("select instructor_id from classroom where id = ?", Long.class, classId);
        for (int s = 0; s < students; s++) {
            long student = id++;
            users.add(new Object[] {student, "bench-" + student, "Student " + student, "{noop}x", "STUDENT", now, now});
            enrolments.add(new Object[] {id++, classId, student, now});
            int state = random.nextInt(10);
            if (state == 0) {
                continue;
            }
            boolean submitted = state > 2;
            long submission = id++;
            submissions.add(new Object[] {submission, assignmentId, student, submitted ? "SUBMITTED" : "IN_PROGRESS",
                    now, submitted ? now : null, submitted ? random.nextInt(8) : null});
            for (int q = 0; q < questionIds.size(); q++) {
                QuestionSpec spec = specs.get(q % specs.size());
                AnswerValue value = switch (spec.type()) {
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> new AnswerValue(List.of(random.nextInt(3)), null, null, null,
                            null);
                    case RATING_SCALE -> new AnswerValue(null, "Because the source is unnamed.", 1 + random.nextInt(5),
                            null, null);
                    default -> new AnswerValue(null, "A written answer of a few sentences about who is behind "
                            + "the article and why that matters for how far to trust it.", null, null, null);
                };
                answers.add(new Object[] {id++, submission, questionIds.get(q), QuestionJson.write(value), 1, now,
                        submitted && spec.type().isAutoScored() ? (double) random.nextInt(3) : null});
                if (submitted && !spec.type().isAutoScored() && random.nextBoolean()) {
                    grades.add(new Object[] {id++, submission, questionIds.get(q), "Emergent", 1.5, "Go further.",
                            grader, now});
                }
            }
            for (int h = 0; h < HIGHLIGHTS; h++) {
                ArticleContent.Paragraph paragraph = article.paragraphs().get(random.nextInt(PARAGRAPHS));
                String text = paragraph.text();
                int start = random.nextInt(text.length() - 40);
                int end = start + 10 + random.nextInt(30);
                marks.add(new Object[] {id++, readingId, student, articleId, article.versionNo(), paragraph.anchor(),
                        start, paragraph.anchor(), end, text.substring(start, end),
                        text.substring(Math.max(0, start - 32), start), text.substring(end, Math.min(text.length(),
                                end + 32)), Arrays.asList("claim", "evidence", "source").get(h % 3), null, now, now});
            }
        }
        jdbc.batchUpdate("insert into user_account (id, username, display_name, password_hash, role, created_at, "
                + "password_changed_at) values (?, ?, ?, ?, ?, ?, ?)", users);
        jdbc.batchUpdate("insert into enrolment (id, classroom_id, student_id, enrolled_at) values (?, ?, ?, ?)",
                enrolments);
        jdbc.batchUpdate("insert into submission (id, assignment_id, student_id, status, started_at, submitted_at, "
                + "auto_points) values (?, ?, ?, ?, ?, ?, ?)", submissions);
        jdbc.batchUpdate("insert into answer (id, submission_id, assignment_question_id, answer_value, revision, "
                + "updated_at, auto_points) values (?, ?, ?, ?, ?, ?, ?)", answers);
        jdbc.batchUpdate("insert into grade (id, submission_id, assignment_question_id, rubric_level, points, "
                + "comment_text, graded_by, graded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", grades);
        jdbc.batchUpdate("insert into highlight (id, assignment_id, author_id, article_id, article_version, "
                + "start_anchor, start_offset, end_anchor, end_offset, exact_text, prefix_text, suffix_text, tag, note, "
                + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", marks);
    }

    private static String paragraph(int number) {
        StringBuilder text = new StringBuilder(number == 0 ? "The camp took in more than 4,000 members. " : "");
        for (int sentence = 0; sentence < 8; sentence++) {
            text.append("Officials in district ").append(number).append(" said on Monday that fees at the harbour ")
                    .append("would rise by ").append(sentence * 3 + 2).append(" per cent, according to a report. ");
        }
        return text.toString().strip();
    }

    private static double median(Runnable work) {
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static long statements(Statistics statistics, Runnable work) {
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        work.run();
        long count = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return count;
    }

    private static String ratios(double[] times) {
        StringBuilder out = new StringBuilder();
        for (double time : times) {
            out.append(out.isEmpty() ? "" : " : ").append(String.format("%.1f", time / times[0]));
        }
        return out.toString();
    }
}
