package org.sourcelens.annotation;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.PeerAccess;
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
 * The discussion of highlights in an assignment: replies, "helpful" marks on replies, and the
 * instructor's pins (a highlight shared with the whole class) and endorsements. Whoever may see a
 * highlight may take part in its discussion: its author, the class's instructor, and its other
 * students once the assignment shows classmates' work or the instructor has pinned the highlight.
 */
@Service
@Transactional
public class DiscussionService {

    static final int MAX_REPLY = 2_000;
    static final String CLASSMATE = "A classmate";
    private static final String NO_SUCH_HIGHLIGHT = "This highlight does not exist or you may not see it.";
    private static final String NO_SUCH_REPLY = "This reply does not exist or you may not see it.";

    private final HighlightRepository highlights;
    private final HighlightReplyRepository replies;
    private final ReplyHelpfulRepository helpfulMarks;
    private final AssignmentService assignments;
    private final ClassroomService classrooms;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiscussionService(HighlightRepository highlights, HighlightReplyRepository replies,
            ReplyHelpfulRepository helpfulMarks, AssignmentService assignments, ClassroomService classrooms,
            AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.highlights = highlights;
        this.replies = replies;
        this.helpfulMarks = helpfulMarks;
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Replies to a highlight the current user may see; orphaned highlights keep their discussion. */
    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR')")
    public Reply reply(long highlightId, String body) {
        Highlight highlight = highlights.findById(highlightId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_HIGHLIGHT));
        ClassAccess access = checkMaySee(highlight);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new ValidationException(Message.of("annotation.refused.writeSomethingBeforeSendingThe"));
        }
        if (text.length() > MAX_REPLY) {
            throw new ValidationException(Message.of("annotation.refused.aReplyMayHaveAt", MAX_REPLY, text.length()));
        }
        HighlightReply saved = replies.save(new HighlightReply(highlightId, currentUser.id(), text, clock.instant()));
        changed(highlight);
        return new Reply(saved.getId(), highlightId, currentUser.require().getDisplayName(), true,
                access == ClassAccess.INSTRUCTOR, saved.getBody(), saved.getCreatedAt(), 0, false);
    }

    /** Deletes a reply: its author may, and the class's instructor, who moderates the discussion. */
    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR')")
    public void deleteReply(long replyId) {
        HighlightReply reply = replies.findById(replyId).orElseThrow(() -> new NotFoundException(NO_SUCH_REPLY));
        Highlight highlight = highlightOf(reply);
        ClassAccess access = accessToClassOf(highlight);
        if (reply.getAuthorId() != currentUser.id() && access != ClassAccess.INSTRUCTOR) {
            throw new AccessDeniedException("Only the author of a reply or the class's instructor may delete it.");
        }
        replies.delete(reply);
        changed(highlight);
    }

    /** Marks or unmarks someone else's reply as helpful; asking for what is already so changes nothing. */
    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR')")
    public void setHelpful(long replyId, boolean helpful) {
        HighlightReply reply = replies.findById(replyId).orElseThrow(() -> new NotFoundException(NO_SUCH_REPLY));
        Highlight highlight = highlightOf(reply);
        checkMaySee(highlight);
        long me = currentUser.id();
        if (helpful && reply.getAuthorId() == me) {
            throw new ValidationException(Message.of("annotation.refused.youCannotMarkYourOwn"));
        }
        boolean marked = helpfulMarks.existsByReplyIdAndUserId(replyId, me);
        if (helpful && !marked) {
            helpfulMarks.save(new ReplyHelpful(replyId, me));
            changed(highlight);
        } else if (!helpful && marked) {
            helpfulMarks.deleteByReplyIdAndUserId(replyId, me);
            changed(highlight);
        }
    }

    /** Pins a highlight, which shares it with the whole class even where classmates' work is hidden. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void setPinned(long highlightId, boolean pinned) {
        Highlight highlight = taughtHighlight(highlightId);
        if (highlight.isPinned() != pinned) {
            highlight.setPinned(pinned);
            changed(highlight);
        }
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void setEndorsed(long highlightId, boolean endorsed) {
        Highlight highlight = taughtHighlight(highlightId);
        if (highlight.isEndorsed() != endorsed) {
            highlight.setEndorsed(endorsed);
            changed(highlight);
        }
    }

    /**
     * The discussion threads of an assignment that the current user may see, keyed by highlight id,
     * each oldest first; highlights without replies are absent. A fixed number of queries, however
     * many highlights and replies there are.
     */
    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Map<Long, List<Reply>> threads(long assignmentId) {
        PeerAccess peers = assignments.peerAccess(assignmentId);
        long me = currentUser.id();
        List<HighlightReply> found = replies.findThreads(assignmentId, me, peers.visible());
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        helpfulMarks.countByAssignment(assignmentId).forEach(c -> counts.put(c.replyId(), c.count()));
        Set<Long> markedByMe = new HashSet<>(helpfulMarks.findReplyIdsMarkedBy(assignmentId, me));
        Map<Long, AccountSummary> authors = accounts.summaries(
                found.stream().map(HighlightReply::getAuthorId).collect(Collectors.toSet()));
        boolean hideClassmates = peers.anonymous() && currentUser.hasRole(Roles.STUDENT);
        return found.stream()
                .map(r -> {
                    AccountSummary author = authors.get(r.getAuthorId());
                    // Only members reply, and the one instructor among a class's members is its instructor.
                    boolean byInstructor = Roles.INSTRUCTOR.equals(author.role());
                    boolean mine = r.getAuthorId() == me;
                    String name = hideClassmates && !mine && !byInstructor ? CLASSMATE : author.displayName();
                    return new Reply(r.getId(), r.getHighlightId(), name, mine, byInstructor, r.getBody(),
                            r.getCreatedAt(), counts.getOrDefault(r.getId(), 0L), markedByMe.contains(r.getId()));
                })
                .collect(Collectors.groupingBy(Reply::highlightId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The replies a user wrote and the replies they marked helpful, for the export of a student's data. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public DiscussionExport exportOf(long userId) {
        List<HighlightReply> written = replies.findByAuthorIdOrderByCreatedAtAscIdAsc(userId);
        List<ReplyHelpful> marked = helpfulMarks.findByUserIdOrderByIdAsc(userId);
        Map<Long, HighlightReply> markedReplies = replies.findAllById(
                        marked.stream().map(ReplyHelpful::getReplyId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(HighlightReply::getId, r -> r));
        Set<Long> highlightIds = new HashSet<>();
        written.forEach(r -> highlightIds.add(r.getHighlightId()));
        markedReplies.values().forEach(r -> highlightIds.add(r.getHighlightId()));
        Map<Long, Highlight> highlightsById = highlights.findAllById(highlightIds).stream()
                .collect(Collectors.toMap(Highlight::getId, h -> h));
        List<DiscussionExport.ReplyExport> replyExports = written.stream().map(r -> {
            Highlight highlight = highlightsById.get(r.getHighlightId());
            return new DiscussionExport.ReplyExport(r.getId(), r.getHighlightId(), highlight.getAssignmentId(),
                    highlight.getExact(), r.getBody(), r.getCreatedAt());
        }).toList();
        List<DiscussionExport.HelpfulMark> helpful = marked.stream().map(m -> {
            HighlightReply reply = markedReplies.get(m.getReplyId());
            return new DiscussionExport.HelpfulMark(m.getReplyId(), reply.getHighlightId(),
                    highlightsById.get(reply.getHighlightId()).getAssignmentId());
        }).toList();
        return new DiscussionExport(replyExports, helpful);
    }

    /** The current user's relation to the highlight's class, if they may see the highlight; refuses otherwise. */
    private ClassAccess checkMaySee(Highlight highlight) {
        ClassAccess access = accessToClassOf(highlight);
        boolean maySee = access == ClassAccess.INSTRUCTOR
                || highlight.getAuthorId() == currentUser.id()
                || highlight.isPinned()
                || assignments.peerAccess(highlight.getAssignmentId()).visible();
        if (!maySee) {
            throw new AccessDeniedException(NO_SUCH_HIGHLIGHT);
        }
        return access;
    }

    /** Opening the reading checks that the current user belongs to the class it was assigned in. */
    private ClassAccess accessToClassOf(Highlight highlight) {
        return classrooms.accessTo(assignments.openReading(highlight.getAssignmentId()).classId());
    }

    private Highlight taughtHighlight(long highlightId) {
        Highlight highlight = highlights.findById(highlightId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_HIGHLIGHT));
        if (accessToClassOf(highlight) != ClassAccess.INSTRUCTOR) {
            throw new AccessDeniedException("You do not teach this class.");
        }
        return highlight;
    }

    private Highlight highlightOf(HighlightReply reply) {
        return highlights.findById(reply.getHighlightId())
                .orElseThrow(() -> new NotFoundException(NO_SUCH_REPLY));
    }

    private void changed(Highlight highlight) {
        events.publishEvent(new AnnotationChanged(highlight.getAssignmentId()));
    }
}
