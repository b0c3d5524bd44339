package org.sourcelens.assignment;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleService;
import org.sourcelens.base.Message;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassAccess;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.EnrolledClass;
import org.sourcelens.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigning articles to classes and opening them; checks class membership on every call. */
@Service
@Transactional
public class AssignmentService {

    private static final int MAX_TITLE = 500;
    private static final String NO_SUCH_ASSIGNMENT = "This reading does not exist or is not assigned to you.";

    private final AssignmentRepository assignments;
    private final ClassroomService classrooms;
    private final ArticleService articles;
    private final AssignmentQuestionRepository assignmentQuestions;
    private final QuestionSetService questionSets;
    private final SubmissionRepository submissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, AssignmentQuestionRepository assignmentQuestions,
            QuestionSetService questionSets, SubmissionRepository submissions, CurrentUser currentUser,
            ClassroomService classrooms, ArticleService articles, Clock clock) {
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.assignments = assignments;
        this.assignmentQuestions = assignmentQuestions;
        this.questionSets = questionSets;
        this.classrooms = classrooms;
        this.articles = articles;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Reading assignReading(long classId, long articleId) {
        if (classrooms.accessTo(classId) != ClassAccess.INSTRUCTOR) {
            throw new AccessDeniedException("You do not teach this class.");
        }
        if (assignments.existsByClassroomIdAndArticleIdAndQuestionSetIdIsNull(classId, articleId)) {
            throw new ValidationException(Message.of("assignment.refused.thisArticleIsAlreadyAssigned"));
        }
        ArticleContent article = articles.read(articleId);
        Assignment saved = assignments.save(new Assignment(classId, articleId, article.versionNo(), article.title(),
                clock.instant()));
        return new Reading(saved.getId(), articleId, saved.getTitle(), saved.getCreatedAt(), false);
    }

    /**
     * Assigns an article (or two, for comparisons) with a question set. The questions are copied as
     * they are now, so editing the set later does not change work students have started.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Reading assign(long classId, AssignmentRequest request) {
        if (classrooms.accessTo(classId) != ClassAccess.INSTRUCTOR) {
            throw new AccessDeniedException("You do not teach this class.");
        }
        if (request.questionSetId() == null) {
            if (assignments.existsByClassroomIdAndArticleIdAndQuestionSetIdIsNull(classId, request.articleId())) {
                throw new ValidationException(Message.of("assignment.refused.thisArticleIsAlreadyAssigned"));
            }
            ArticleContent reading = articles.read(request.articleId());
            Assignment saved = assignments.save(new Assignment(classId, withDefaults(request), reading.title(),
                    reading.versionNo(), null, clock.instant()));
            return new Reading(saved.getId(), request.articleId(), saved.getTitle(), saved.getCreatedAt(), false);
        }
        if (request.opensAt() != null && request.dueAt() != null && !request.dueAt().isAfter(request.opensAt())) {
            throw new ValidationException(Message.of("assignment.refused.theDueDateMustCome"));
        }
        List<QuestionSpec> questions = questionSets.questionsToAssign(request.questionSetId());
        if (questions.isEmpty()) {
            throw new ValidationException(Message.of("assignment.refused.thisQuestionSetHasNo"));
        }
        ArticleContent article = articles.read(request.articleId());
        ArticleContent second = null;
        if (request.secondArticleId() != null) {
            second = articles.read(request.secondArticleId());
        } else if (questions.stream().anyMatch(q -> q.type() == QuestionType.COMPARISON || q.article() == 1)) {
            throw new ValidationException(Message.of("assignment.refused.thisQuestionSetComparesTwo"));
        }
        String title = request.title() == null || request.title().isBlank()
                ? questionSets.titleOf(request.questionSetId()) + ": " + article.title()
                : request.title().strip();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 3) + "...";
        }
        Assignment saved = assignments.save(new Assignment(classId, withDefaults(request), title, article.versionNo(),
                second == null ? null : second.versionNo(), clock.instant()));
        int position = 1;
        for (QuestionSpec question : questions) {
            QuestionSpec pinned = question;
            if (question.type() == QuestionType.HIGHLIGHT_EVIDENCE) {
                ArticleContent text = question.article() == 1 && second != null ? second : article;
                pinned = PassageCheck.keysPinnedTo(text, question, position);
            }
            assignmentQuestions.save(new AssignmentQuestion(saved.getId(), position++, pinned));
        }
        return new Reading(saved.getId(), request.articleId(), saved.getTitle(), saved.getCreatedAt(), true);
    }

    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudentClassPage studentClassPage(long classId) {
        EnrolledClass classroom = classrooms.classForMember(classId);
        return new StudentClassPage(classroom, assignments.findReadings(classId));
    }

    /** The assignments of these classes, by class, for the export of a student's data. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, List<Reading>> readingsOf(Collection<Long> classIds) {
        if (classIds.isEmpty()) {
            return Map.of();
        }
        return assignments.findByClassroomIdIn(classIds).stream()
                .sorted(Comparator.comparing(Assignment::getCreatedAt).thenComparing(Assignment::getId))
                .collect(Collectors.groupingBy(Assignment::getClassroomId,
                        Collectors.mapping(a -> new Reading(a.getId(), a.getArticleId(),
                                a.getTitle(), a.getCreatedAt(), a.getQuestionSetId() != null),
                                Collectors.toList())));
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public InstructorClassPage instructorClassPage(long classId) {
        return new InstructorClassPage(classrooms.rosterOf(classId), assignments.findReadings(classId),
                articles.assignableArticles(), questionSets.mySets());
    }

    private static AssignmentRequest withDefaults(AssignmentRequest request) {
        return request.peerVisibility() != null ? request : new AssignmentRequest(request.articleId(),
                request.secondArticleId(), request.questionSetId(), request.title(), request.opensAt(),
                request.dueAt(), PeerVisibility.AFTER_SUBMIT, request.lateAllowed(), request.showCorrect(),
                request.anonymousPeers());
    }

    /**
     * Of these assignments, those that keep reading the article version they were made on (those with
     * questions); the others (plain readings) follow the article to its newest version.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Set<Long> pinnedToTheirVersion(java.util.Collection<Long> assignmentIds) {
        return assignments.findAllById(assignmentIds).stream()
                .filter(a -> a.getQuestionSetId() != null)
                .map(Assignment::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Whether the current user may see classmates' highlights and answers in this assignment now, and
     * whether without names. An instructor of the class always sees them, with names; a student as the
     * assignment's peer-visibility setting says (a plain reading has nothing to submit, so "after
     * submitting" means at once there).
     */
    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR')")
    @Transactional(readOnly = true)
    public PeerAccess peerAccess(long assignmentId) {
        Assignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_ASSIGNMENT));
        ClassAccess access = classrooms.accessTo(assignment.getClassroomId());
        if (access == ClassAccess.INSTRUCTOR) {
            return new PeerAccess(true, false);
        }
        if (access != ClassAccess.STUDENT) {
            throw new AccessDeniedException(NO_SUCH_ASSIGNMENT);
        }
        boolean visible = switch (assignment.getPeerVisibility()) {
            case NEVER -> false;
            case AFTER_DUE -> assignment.getDueAt() != null && clock.instant().isAfter(assignment.getDueAt());
            case AFTER_SUBMIT -> assignment.getQuestionSetId() == null || submissions
                    .findByAssignmentIdAndStudentId(assignmentId, currentUser.id())
                    .map(s -> s.getStatus() != SubmissionStatus.IN_PROGRESS).orElse(false);
        };
        return new PeerAccess(visible, assignment.isAnonymousPeers());
    }

    /** An assigned article in the reader, for the class's students and its instructor. */
    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR')")
    @Transactional(readOnly = true)
    public ReaderPage openReading(long assignmentId) {
        Assignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_ASSIGNMENT));
        if (!classrooms.accessTo(assignment.getClassroomId()).isMember()) {
            throw new AccessDeniedException(NO_SUCH_ASSIGNMENT);
        }
        EnrolledClass classroom = classrooms.classForMember(assignment.getClassroomId());
        return new ReaderPage(assignment.getId(), classroom.id(), classroom.name(),
                assignment.getQuestionSetId() == null ? articles.read(assignment.getArticleId())
                        : articles.read(assignment.getArticleId(), assignment.articleVersion(0)));
    }
}
