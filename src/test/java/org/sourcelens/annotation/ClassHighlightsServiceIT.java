package org.sourcelens.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.EditableArticle;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ClassHighlightsServiceIT {

    private static final String FIRST = "Fees at the harbour doubled on Monday, officials said.";
    private static final String SECOND = "“We were not consulted,” said Maria Okonkwo, a harbour pilot.";
    private static final String THIRD = "The board meets again in May.";
    private static final String TRICKY_NOTE = "„Zitat“, with \"quotes\", commas;\nand a second line 🙂 — ça va?";

    @Autowired
    ClassHighlightsService classHighlights;

    @Autowired
    HighlightService highlights;

    @Autowired
    DiscussionService discussion;

    @Autowired
    ArticleService articles;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    AccountSummary instructor;
    AccountSummary ana;
    AccountSummary ben;
    AccountSummary cem;
    TaughtClass classroom;
    long articleId;
    long readingId;

    /** A class of three students and a reading of three paragraphs, not yet highlighted; signed in as the instructor. */
    @BeforeEach
    void aReadingInAClassOfThree() {
        instructor = accounts.instructor();
        ana = accounts.student();
        ben = accounts.student();
        cem = accounts.student();
        accounts.signInAs(instructor.username());
        classroom = classrooms.createClass("Heat map class");
        for (AccountSummary student : List.of(ana, ben, cem)) {
            classrooms.enrolStudent(classroom.id(), student.id());
        }
        articleId = articles.publish(new ArticleDraft(new ArticleMetadata("Harbour " + System.nanoTime(), null, null,
                null, null, null, null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, FIRST),
                new ArticleDraft.Block(ParagraphKind.PARAGRAPH, SECOND),
                new ArticleDraft.Block(ParagraphKind.PARAGRAPH, THIRD)), List.of(), List.of()),
                ArticleVisibility.SHARED);
        readingId = assignments.assignReading(classroom.id(), articleId).assignmentId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long highlight(AccountSummary student, Position position, String tag, String note) {
        accounts.signInAs(student.username());
        long id = highlights.create(readingId, position, tag, note).id();
        accounts.signInAs(instructor.username());
        return id;
    }

    private static Position in(String anchor, String paragraph, String phrase) {
        int start = paragraph.indexOf(phrase);
        return Position.within(anchor, start, start + phrase.length());
    }

    /**
     * Ana: from "doubled" in p1 to the end of the quotation in p2 (claim); Ben: "Monday, officials
     * said" (evidence); Cem: "officials" (claim) and "Maria Okonkwo" in p2 (source).
     */
    private Highlights threeStudentsOverlapping() {
        long anas = highlight(ana, new Position("p1", FIRST.indexOf("doubled"), "p2", "“We were not consulted,”"
                .length()), "claim", "Doubled is a strong word.");
        long bens = highlight(ben, in("p1", FIRST, "Monday, officials said"), "evidence", "Who said it?");
        long cems = highlight(cem, in("p1", FIRST, "officials"), "claim", null);
        long cemsSecond = highlight(cem, in("p2", SECOND, "Maria Okonkwo"), "source", "A named source!");
        return new Highlights(anas, bens, cems, cemsSecond);
    }

    private record Highlights(long anas, long bens, long cems, long cemsSecond) {
    }

    @Test
    void the_heat_map_cuts_the_text_where_the_set_of_highlights_changes_and_counts_students() {
        Highlights h = threeStudentsOverlapping();

        HeatMap map = classHighlights.heatMap(readingId);

        assertThat(map.page().classId()).isEqualTo(classroom.id());
        assertThat(map.highlights()).hasSize(4);
        assertThat(map.students()).isEqualTo(3);
        assertThat(map.orphans()).isZero();
        assertThat(map.segments()).extracting(HeatSegment::anchor, HeatSegment::start, HeatSegment::end,
                HeatSegment::text, HeatSegment::highlightIds, HeatSegment::students).containsExactly(
                tuple("p1", 20, 31, "doubled on ", List.of(h.anas()), 1),
                tuple("p1", 31, 39, "Monday, ", List.of(h.anas(), h.bens()), 2),
                tuple("p1", 39, 48, "officials", List.of(h.anas(), h.bens(), h.cems()), 3),
                tuple("p1", 48, 53, " said", List.of(h.anas(), h.bens()), 2),
                tuple("p1", 53, 54, ".", List.of(h.anas()), 1),
                tuple("p2", 0, 24, "“We were not consulted,”", List.of(h.anas()), 1),
                tuple("p2", 30, 43, "Maria Okonkwo", List.of(h.cemsSecond()), 1));
        assertThat(map.segments().get(2).tags()).containsExactly("claim", "evidence");
        assertThat(map.segments()).extracting(map::level).containsExactly(2, 4, 5, 4, 2, 2, 2);
        assertThat(map.highlights(map.segments().get(2).highlightIds())).extracting(ClassHighlight::author)
                .containsExactlyInAnyOrder(ana.displayName(), ben.displayName(), cem.displayName());
    }

    @Test
    void the_most_highlighted_passages_come_first_and_slivers_are_left_out() {
        Highlights h = threeStudentsOverlapping();

        List<HotPassage> top = classHighlights.heatMap(readingId).top(5);

        assertThat(top).extracting(HotPassage::text, HotPassage::students).containsExactly(
                tuple("officials", 3), tuple("Monday, ", 2), tuple(" said", 2), tuple("doubled on ", 1),
                tuple("“We were not consulted,”", 1));
        assertThat(top.getFirst().tags()).containsExactly("claim", "evidence");
        assertThat(top.getFirst().highlightIds()).containsExactly(h.anas(), h.bens(), h.cems());
    }

    @Test
    void adjacent_segments_that_the_same_students_cover_make_one_passage() {
        highlight(ana, in("p3", THIRD, "The board meets"), "claim", null);
        highlight(ana, in("p3", THIRD, "meets again"), "opinion", null);

        HeatMap map = classHighlights.heatMap(readingId);

        assertThat(map.segments()).hasSize(3);
        assertThat(map.top(5)).singleElement().satisfies(passage -> {
            assertThat(passage.text()).isEqualTo("The board meets again");
            assertThat(passage.students()).isEqualTo(1);
            assertThat(passage.tags()).containsExactly("claim", "opinion");
        });
    }

    @Test
    void a_tag_filter_keeps_only_that_tags_highlights_and_counts_again() {
        Highlights h = threeStudentsOverlapping();
        HeatMap all = classHighlights.heatMap(readingId);

        HeatMap claims = all.withTag("claim");

        assertThat(claims.tag()).isEqualTo("claim");
        assertThat(claims.shown()).extracting(ClassHighlight::id).containsExactly(h.anas(), h.cems());
        assertThat(claims.students()).isEqualTo(2);
        assertThat(claims.segments()).extracting(HeatSegment::anchor, HeatSegment::text, HeatSegment::students)
                .containsExactly(tuple("p1", "doubled on Monday, ", 1), tuple("p1", "officials", 2),
                        tuple("p1", " said.", 1), tuple("p2", "“We were not consulted,”", 1));
        assertThat(claims.top(1)).extracting(HotPassage::text).containsExactly("officials");
        assertThat(all.withTag("evidence").segments()).extracting(HeatSegment::text)
                .containsExactly("Monday, officials said");
        assertThat(all.withTag("opinion").segments()).isEmpty();
        assertThat(claims.withTag(null).segments()).isEqualTo(all.segments());
        assertThat(all.tags()).startsWith("claim", "evidence", "source");
    }

    @Test
    void orphans_are_counted_but_not_placed_and_the_tags_list_keeps_tags_no_longer_offered() {
        highlight(ana, in("p3", THIRD, "meets again in May"), "opinion", "Lost soon.");
        highlight(ben, in("p1", FIRST, "Fees"), "opinion", null);
        EditableArticle editable = articles.editable(articleId);
        articles.saveEdit(articleId, editable.versionNo(), editable.metadata(), FIRST + "\n\n" + SECOND, "");
        highlights.setTags(classroom.id(), List.of("claim", "evidence"));

        HeatMap map = classHighlights.heatMap(readingId);

        assertThat(map.orphans()).isEqualTo(1);
        assertThat(map.highlights()).extracting(ClassHighlight::quote).containsExactly("Fees");
        assertThat(map.segments()).extracting(HeatSegment::text).containsExactly("Fees");
        assertThat(map.tags()).containsExactly("claim", "evidence", "opinion");
    }

    @Test
    void nobody_has_highlighted_yet() {
        HeatMap map = classHighlights.heatMap(readingId);

        assertThat(map.highlights()).isEmpty();
        assertThat(map.segments()).isEmpty();
        assertThat(map.top(5)).isEmpty();
        assertThat(map.students()).isZero();
    }

    @Test
    void the_csv_has_every_highlight_student_by_student_in_reading_order_and_reads_back_the_same() throws IOException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Highlights h = threeStudentsOverlapping();
        highlight(ben, in("p1", FIRST, "Fees"), "opinion", TRICKY_NOTE);
        highlight(ana, in("p3", THIRD, "meets again in May"), "claim", "=HYPERLINK(\"http://example.com\")");
        discussion.reply(h.bens(), "Officials, unnamed.");
        discussion.reply(h.bens(), "Look at paragraph 2.");
        EditableArticle editable = articles.editable(articleId);
        articles.saveEdit(articleId, editable.versionNo(), editable.metadata(), FIRST + "\n\n" + SECOND, "");

        byte[] csv = classHighlights.highlightsCsv(readingId);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ClassHighlightsService.CSV_HEADER);
            rows = parser.getRecords();
        }
        List<AccountSummary> byName = List.of(ana, ben, cem).stream()
                .sorted(Comparator.comparing(AccountSummary::displayName)).toList();
        assertThat(rows).extracting(r -> r.get("username")).containsExactlyElementsOf(byName.stream()
                .flatMap(s -> Stream.of(s.username(), s.username())).toList());

        CSVRecord tricky = rows.stream().filter(r -> r.get("note").equals(TRICKY_NOTE)).findFirst().orElseThrow();
        assertThat(tricky.get("student")).isEqualTo(ben.displayName());
        assertThat(tricky.get("quote")).isEqualTo("Fees");
        assertThat(tricky.get("tag")).isEqualTo("opinion");
        assertThat(tricky.get("start paragraph")).isEqualTo("p1");
        assertThat(tricky.get("start offset")).isEqualTo("0");
        assertThat(tricky.get("end offset")).isEqualTo("4");
        assertThat(tricky.get("orphan")).isEqualTo("no");
        assertThat(tricky.get("replies")).isEqualTo("0");
        assertThat(Instant.parse(tricky.get("created at"))).isBetween(before, Instant.now());
        List<CSVRecord> bens = rows.stream().filter(r -> r.get("username").equals(ben.username())).toList();
        assertThat(bens).extracting(r -> r.get("quote")).containsExactly("Fees", "Monday, officials said");
        assertThat(bens.get(1).get("replies")).isEqualTo("2");

        List<CSVRecord> anas = rows.stream().filter(r -> r.get("username").equals(ana.username())).toList();
        assertThat(anas.getFirst().get("start paragraph")).isEqualTo("p1");
        assertThat(anas.getFirst().get("end paragraph")).isEqualTo("p2");
        CSVRecord orphan = anas.getLast();
        assertThat(orphan.get("orphan")).isEqualTo("yes");
        assertThat(orphan.get("quote")).isEqualTo("meets again in May");
        assertThat(orphan.get("start paragraph")).isEmpty();
        assertThat(orphan.get("note")).as("a formula is shown, not run")
                .isEqualTo("'=HYPERLINK(\"http://example.com\")");
        CSVRecord cross = rows.stream().filter(r -> r.get("quote").contains("doubled")).findFirst().orElseThrow();
        assertThat(cross.get("quote")).contains("“We were not consulted,”");
        assertThat(rows.stream().filter(r -> r.get("username").equals(cem.username())))
                .extracting(r -> r.get("quote")).containsExactly("officials", "Maria Okonkwo");
    }

    @Test
    void another_instructor_and_the_classs_students_are_refused_by_every_method() {
        threeStudentsOverlapping();
        List<Method> methods = Arrays.stream(ClassHighlightsService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).toList();
        assertThat(methods).extracting(Method::getName).contains("heatMap", "highlightsCsv");

        for (String outsider : List.of(accounts.instructor().username(), ana.username(),
                accounts.student().username())) {
            accounts.signInAs(outsider);
            for (Method method : methods) {
                assertThatThrownBy(() -> invoke(method)).as(method.getName() + " as " + outsider)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        accounts.signInAs(instructor.username());
        assertThat(classHighlights.heatMap(readingId).highlights()).hasSize(4);
    }

    private Object invoke(Method method) throws Throwable {
        try {
            // Every method takes the assignment first; a second id (a student) is one of the class's.
            return method.getParameterCount() == 1 ? method.invoke(classHighlights, readingId)
                    : method.invoke(classHighlights, readingId, ana.id());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void the_heat_map_and_the_csv_take_the_same_number_of_statements_for_3_or_30_highlights() {
        List<AccountSummary> students = List.of(ana, ben, cem);
        String[] phrases = {"Fees", "harbour", "doubled", "Monday", "officials", "said", "at the", "on Monday",
                "officials said", "Fees at"};
        for (AccountSummary student : students) {
            highlight(student, in("p1", FIRST, phrases[students.indexOf(student)]), "claim", "First.");
        }
        long fewForMap = statementsFor(() -> classHighlights.heatMap(readingId));
        long fewForCsv = statementsFor(() -> classHighlights.highlightsCsv(readingId));
        discussion.reply(classHighlights.heatMap(readingId).highlights().getFirst().id(), "A reply.");

        List<AccountSummary> more = List.of(accounts.student(), accounts.student(), accounts.student());
        for (AccountSummary student : more) {
            classrooms.enrolStudent(classroom.id(), student.id());
        }
        List<AccountSummary> everyone = List.of(ana, ben, cem, more.get(0), more.get(1), more.get(2));
        for (int i = 0; i < 27; i++) {
            highlight(everyone.get(i % everyone.size()), in("p1", FIRST, phrases[i % phrases.length]), "evidence",
                    "Note " + i);
        }
        HeatMap map = classHighlights.heatMap(readingId);
        assertThat(map.highlights()).hasSize(30);
        assertThat(map.students()).isEqualTo(6);
        long manyForMap = statementsFor(() -> classHighlights.heatMap(readingId));
        long manyForCsv = statementsFor(() -> classHighlights.highlightsCsv(readingId));

        assertThat(fewForMap).isPositive();
        assertThat(manyForMap).isEqualTo(fewForMap);
        assertThat(manyForCsv).isEqualTo(fewForCsv);
    }

    private long statementsFor(Supplier<?> call) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            call.get();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
