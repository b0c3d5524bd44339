package org.sourcelens.annotation;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcelens.annotation.anchoring.Anchors;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.annotation.anchoring.Selector;
import org.sourcelens.annotation.anchoring.TextBlock;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.PeerAccess;
import org.sourcelens.assignment.ReaderPage;
import org.sourcelens.base.Message;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassAccess;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.sourcelens.security.CurrentUser;
import org.sourcelens.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' highlights in the articles assigned to their class, and each class's list of tags. A
 * highlight's position comes from the browser and is checked against the stored text before it is kept.
 */
@Service
@Transactional
public class HighlightService {

    static final List<String> DEFAULT_TAGS = List.of("claim", "evidence", "source", "opinion", "loaded language",
            "missing context");
    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 60;
    static final int MAX_NOTE = 2_000;
    static final int MAX_QUOTE = 5_000;
    private static final String NO_SUCH_HIGHLIGHT = "This highlight does not exist or is not yours.";

    private final HighlightRepository highlights;
    private final ClassTagRepository tags;
    private final AssignmentService assignments;
    private final ClassroomService classrooms;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HighlightService(HighlightRepository highlights, ClassTagRepository tags, AssignmentService assignments,
            ClassroomService classrooms, AccountService accounts, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.highlights = highlights;
        this.tags = tags;
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The class's tags, in order; the defaults until its instructor changes them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> tags(long classId) {
        if (!classrooms.accessTo(classId).isMember()) {
            throw new AccessDeniedException("You are not in this class.");
        }
        return tagsOf(classId);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void setTags(long classId, List<String> names) {
        if (classrooms.accessTo(classId) != ClassAccess.INSTRUCTOR) {
            throw new AccessDeniedException("You do not teach this class.");
        }
        List<String> clean = names.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        if (clean.isEmpty() || clean.size() > MAX_TAGS || clean.stream().anyMatch(name -> name.length() > MAX_TAG)) {
            throw new ValidationException(Message.of("annotation.refused.aClassHasToTags", MAX_TAGS, MAX_TAG));
        }
        tags.deleteByClassroomId(classId);
        tags.flush();
        for (int i = 0; i < clean.size(); i++) {
            tags.save(new ClassTag(classId, i + 1, clean.get(i)));
        }
    }

    /** The reader of an assignment with the class's tags and, for a student, their own highlights. */
    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR')")
    @Transactional(readOnly = true)
    public HighlightReader reader(long assignmentId) {
        ReaderPage page = assignments.openReading(assignmentId);
        boolean student = currentUser.hasRole(Roles.STUDENT);
        return new HighlightReader(page, tagsOf(page.classId()),
                student ? mineIn(page.article(), assignmentId) : List.of(), others(assignmentId));
    }

    /** Highlights a passage of the assigned article at a position the caller has already checked. */
    @PreAuthorize("hasRole('STUDENT')")
    public HighlightView create(long assignmentId, Position position, String tag, String note) {
        return create(assignmentId, position, null, tag, note);
    }

    /**
     * Highlights a passage of the assigned article, as the student selected it in the reader: the
     * position must lie in the text, and the text the browser saw there ({@code quote}, when given)
     * must be the stored text at that position (whitespace aside).
     */
    @PreAuthorize("hasRole('STUDENT')")
    public HighlightView create(long assignmentId, Position position, String quote, String tag, String note) {
        ReaderPage page = assignments.openReading(assignmentId);
        ArticleContent article = page.article();
        Selector selector;
        try {
            selector = Anchors.describe(blocks(article), position);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException(Message.of("annotation.refused.theSelectionIsNotIn"));
        }
        if (quote != null && !sameText(quote, selector.exact())) {
            throw new ValidationException(Message.of("annotation.refused.theSelectedTextDoesNot"));
        }
        if (selector.exact().length() > MAX_QUOTE) {
            throw new ValidationException(Message.of("annotation.refused.aHighlightMayCoverAt", MAX_QUOTE));
        }
        checkTagAndNote(page.classId(), tag, note);
        Highlight saved = highlights.save(new Highlight(assignmentId, currentUser.id(), article.articleId(),
                article.versionNo(), selector, tag, blankToNull(note), clock.instant()));
        events.publishEvent(new AnnotationChanged(assignmentId));
        return view(saved);
    }

    @PreAuthorize("hasRole('STUDENT')")
    public HighlightView update(long highlightId, String tag, String note) {
        Highlight highlight = own(highlightId);
        ReaderPage page = assignments.openReading(highlight.getAssignmentId());
        checkTagAndNote(page.classId(), tag, note);
        highlight.edit(tag, blankToNull(note), clock.instant());
        events.publishEvent(new AnnotationChanged(highlight.getAssignmentId()));
        return view(highlight);
    }

    @PreAuthorize("hasRole('STUDENT')")
    public void delete(long highlightId) {
        Highlight highlight = own(highlightId);
        highlights.delete(highlight);
        events.publishEvent(new AnnotationChanged(highlight.getAssignmentId()));
    }

    /** The student's own highlights in an assignment, in reading order; orphans last, still with quote and note. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<HighlightView> mine(long assignmentId) {
        return mineIn(assignments.openReading(assignmentId).article(), assignmentId);
    }

    private List<HighlightView> mineIn(ArticleContent article, long assignmentId) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            order.put(article.paragraphs().get(i).anchor(), i);
        }
        return highlights.findByAssignmentIdAndAuthorId(assignmentId, currentUser.id()).stream()
                .map(HighlightService::view)
                .sorted(Comparator.comparing((HighlightView h) -> h.orphan())
                        .thenComparing(h -> h.orphan() ? Integer.MAX_VALUE
                                : order.getOrDefault(h.position().startAnchor(), Integer.MAX_VALUE))
                        .thenComparing(h -> h.orphan() ? 0 : h.position().startOffset()))
                .toList();
    }

    /**
     * Classmates' highlights (for an instructor: the whole class's), with their authors' names, when
     * the assignment's peer-visibility setting allows it; otherwise only those the instructor pinned.
     */
    /** Every highlight a student made, oldest first, for the export of their data. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<HighlightExport> exportOf(long studentId) {
        return highlights.findByAuthorIdOrderByCreatedAtAscIdAsc(studentId).stream()
                .map(h -> new HighlightExport(h.getId(), h.getAssignmentId(), h.getArticleId(), h.getArticleVersion(),
                        h.getExact(), h.getTag(), h.getNote(), h.isOrphan(), h.isPinned(), h.isEndorsed(),
                        h.getCreatedAt(), h.getUpdatedAt()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<PeerHighlight> others(long assignmentId) {
        PeerAccess peers = assignments.peerAccess(assignmentId);
        List<Highlight> theirs = peers.visible()
                ? highlights.findByAssignmentIdAndAuthorIdNot(assignmentId, currentUser.id())
                : highlights.findByAssignmentIdAndAuthorIdNotAndPinnedTrue(assignmentId,
                        currentUser.id());
        boolean anonymous = peers.anonymous();
        Map<Long, AccountSummary> names = anonymous ? Map.of() : accounts.summaries(
                theirs.stream().map(Highlight::getAuthorId).collect(java.util.stream.Collectors.toSet()));
        return theirs.stream()
                .map(h -> new PeerHighlight(h.getId(), anonymous ? "A classmate" : names.get(h.getAuthorId()).displayName(),
                        h.position(), h.getExact(), h.getTag(), h.getNote(), h.isPinned(), h.isEndorsed()))
                .toList();
    }

    private List<String> tagsOf(long classId) {
        List<String> names = tags.findByClassroomIdOrderByPosition(classId).stream().map(ClassTag::getName).toList();
        return names.isEmpty() ? DEFAULT_TAGS : names;
    }

    private void checkTagAndNote(long classId, String tag, String note) {
        if (tag == null || !tagsOf(classId).contains(tag)) {
            throw new ValidationException(Message.of("annotation.refused.chooseOneOfTheClass",
                    String.join(", ", tagsOf(classId))));
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new ValidationException(Message.of("annotation.refused.aNoteMayHaveAt", MAX_NOTE));
        }
    }

    private Highlight own(long highlightId) {
        Highlight highlight = highlights.findById(highlightId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_HIGHLIGHT));
        if (highlight.getAuthorId() != currentUser.id()) {
            throw new AccessDeniedException(NO_SUCH_HIGHLIGHT);
        }
        return highlight;
    }

    private static List<TextBlock> blocks(ArticleContent article) {
        return article.paragraphs().stream().map(p -> new TextBlock(p.anchor(), p.text())).toList();
    }

    private static HighlightView view(Highlight highlight) {
        return new HighlightView(highlight.getId(), highlight.position(), highlight.getExact(), highlight.getTag(),
                highlight.getNote(), highlight.isOrphan(), highlight.isPinned(), highlight.isEndorsed());
    }

    private static boolean sameText(String a, String b) {
        return a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
