package org.sourcelens.annotation;

import org.sourcelens.base.SpreadsheetText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.ReaderPage;
import org.sourcelens.classroom.ClassAccess;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole class's highlights in an assignment, for the class's instructor: as a heat map over the
 * article and as a spreadsheet file. Each takes the same number of queries however many students and
 * highlights there are.
 */
@Service
@Transactional(readOnly = true)
public class ClassHighlightsService {

    static final List<String> CSV_HEADER = List.of("student", "username", "tag", "note", "quote", "start paragraph",
            "start offset", "end paragraph", "end offset", "orphan", "created at", "replies");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final HighlightRepository highlights;
    private final HighlightReplyRepository replies;
    private final HighlightService highlightService;
    private final AssignmentService assignments;
    private final ClassroomService classrooms;
    private final AccountService accounts;

    ClassHighlightsService(HighlightRepository highlights, HighlightReplyRepository replies,
            HighlightService highlightService, AssignmentService assignments, ClassroomService classrooms,
            AccountService accounts) {
        this.highlights = highlights;
        this.replies = replies;
        this.highlightService = highlightService;
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.accounts = accounts;
    }

    /**
     * Where the students highlighted the assignment's article, with every placed highlight and who made
     * it; the tags are the class's, followed by any that highlights still carry after the list changed.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public HeatMap heatMap(long assignmentId) {
        ReaderPage page = taught(assignmentId);
        List<Highlight> all = highlights.findByAssignmentId(assignmentId);
        Map<Long, AccountSummary> authors = authorsOf(all);
        List<ClassHighlight> placed = all.stream()
                .filter(h -> !h.isOrphan())
                .sorted(Comparator.comparing(Highlight::getId))
                .map(h -> new ClassHighlight(h.getId(), h.getAuthorId(), authors.get(h.getAuthorId()).displayName(),
                        h.getTag(), h.getNote(), h.getExact(), h.position()))
                .toList();
        List<String> tags = new ArrayList<>(highlightService.tags(page.classId()));
        all.stream().map(Highlight::getTag).filter(tag -> !tags.contains(tag)).distinct().sorted().forEach(tags::add);
        return HeatMap.of(page, tags, placed, all.size() - placed.size());
    }

    /**
     * Every highlight of the assignment, orphans included, as a CSV file for spreadsheets: UTF-8 with a
     * byte order mark, one row per highlight, student by student and each student's in reading order
     * (orphans last). A cell that starts like a formula (=, +, -, @) gets a leading apostrophe so that a
     * spreadsheet shows a student's text instead of running it.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public byte[] highlightsCsv(long assignmentId) {
        ArticleContent article = taught(assignmentId).article();
        List<Highlight> all = highlights.findByAssignmentId(assignmentId);
        Map<Long, AccountSummary> authors = authorsOf(all);
        Map<Long, Long> replyCounts = replies.countByAssignment(assignmentId).stream()
                .collect(Collectors.toMap(ReplyCount::highlightId, ReplyCount::count));
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            order.put(article.paragraphs().get(i).anchor(), i);
        }
        Comparator<Highlight> byStudent = Comparator.comparing((Highlight h) -> authors.get(h.getAuthorId()).displayName())
                .thenComparing(h -> authors.get(h.getAuthorId()).username());
        Comparator<Highlight> readingOrder = byStudent
                .thenComparing(Highlight::isOrphan)
                .thenComparing(h -> h.isOrphan() ? Integer.MAX_VALUE
                        : order.getOrDefault(h.position().startAnchor(), Integer.MAX_VALUE))
                .thenComparing(h -> h.isOrphan() ? 0 : h.position().startOffset())
                .thenComparing(Highlight::getCreatedAt)
                .thenComparing(Highlight::getId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write(BYTE_ORDER_MARK);
            csv.printRecord(CSV_HEADER);
            for (Highlight highlight : all.stream().sorted(readingOrder).toList()) {
                AccountSummary author = authors.get(highlight.getAuthorId());
                Position at = highlight.position();
                csv.printRecord(cell(author.displayName()), author.username(), cell(highlight.getTag()),
                        cell(highlight.getNote()), cell(highlight.getExact()),
                        at == null ? null : at.startAnchor(), at == null ? null : at.startOffset(),
                        at == null ? null : at.endAnchor(), at == null ? null : at.endOffset(),
                        highlight.isOrphan() ? "yes" : "no",
                        highlight.getCreatedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                        replyCounts.getOrDefault(highlight.getId(), 0L));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * One student's highlights on an assignment's article, from any reading of it in the same class,
     * placed on the article version the assignment shows (for the instructor's view of that student).
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<ClassHighlight> studentHighlights(long assignmentId, long studentId) {
        ReaderPage page = taught(assignmentId);
        ArticleContent article = page.article();
        Map<Long, Boolean> inClass = new HashMap<>();
        List<Highlight> theirs = highlights.findByArticleIdAndAuthorIdAndOrphanFalse(article.articleId(), studentId)
                .stream()
                .filter(h -> h.getArticleVersion() == article.versionNo())
                .filter(h -> inClass.computeIfAbsent(h.getAssignmentId(), id -> sameClass(id, page.classId())))
                .toList();
        Map<Long, AccountSummary> authors = authorsOf(theirs);
        return theirs.stream()
                .map(h -> new ClassHighlight(h.getId(), h.getAuthorId(), authors.get(h.getAuthorId()).displayName(),
                        h.getTag(), h.getNote(), h.getExact(), h.position()))
                .toList();
    }

    /** Whether an assignment belongs to the class (readings in classes the caller does not teach do not). */
    private boolean sameClass(long assignmentId, long classId) {
        try {
            return assignments.openReading(assignmentId).classId() == classId;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** The assignment's reading, if the current user teaches the class it was assigned in; refuses otherwise. */
    private ReaderPage taught(long assignmentId) {
        ReaderPage page = assignments.openReading(assignmentId);
        if (classrooms.accessTo(page.classId()) != ClassAccess.INSTRUCTOR) {
            throw new AccessDeniedException("You do not teach this class.");
        }
        return page;
    }

    private Map<Long, AccountSummary> authorsOf(List<Highlight> all) {
        Set<Long> ids = all.stream().map(Highlight::getAuthorId).collect(Collectors.toSet());
        return accounts.summaries(ids);
    }

    private static String cell(String text) {
        return SpreadsheetText.cell(text);
    }
}
