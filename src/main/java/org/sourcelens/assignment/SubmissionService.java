package org.sourcelens.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleService;
import org.sourcelens.assignment.scoring.AutoScore;
import org.sourcelens.assignment.scoring.AutoScoring;
import org.sourcelens.assignment.scoring.TextGeometry;
import org.sourcelens.base.Message;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassAccess;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.EnrolledClass;
import org.sourcelens.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's work on their assignments: the list, the workspace, autosaving answers, submitting.
 * Every method works on the signed-in student's own submission, in a class they are enrolled in.
 */
@Service
@Transactional
public class SubmissionService {

    private static final String NO_SUCH_ASSIGNMENT = "This assignment does not exist or is not yours.";

    private final AssignmentRepository assignments;
    private final AssignmentQuestionRepository questions;
    private final SubmissionRepository submissions;
    private final AnswerRepository answers;
    private final ClassroomService classrooms;
    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final GradeRepository grades;
    private final ApplicationEventPublisher events;

    SubmissionService(AssignmentRepository assignments, AssignmentQuestionRepository questions,
            SubmissionRepository submissions, AnswerRepository answers, ClassroomService classrooms,
            ArticleService articles, CurrentUser currentUser, Clock clock, GradeRepository grades,
            ApplicationEventPublisher events) {
        this.grades = grades;
        this.events = events;
        this.assignments = assignments;
        this.questions = questions;
        this.submissions = submissions;
        this.answers = answers;
        this.classrooms = classrooms;
        this.articles = articles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The student's assignments with questions, across their classes, soonest due first. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<StudentAssignment> myAssignments() {
        Map<Long, EnrolledClass> classes = classrooms.myEnrolledClasses().stream()
                .collect(Collectors.toMap(EnrolledClass::id, Function.identity()));
        if (classes.isEmpty()) {
            return List.of();
        }
        List<Assignment> work = assignments.findByClassroomIdIn(classes.keySet()).stream()
                .filter(a -> a.getQuestionSetId() != null)
                .toList();
        if (work.isEmpty()) {
            return List.of();
        }
        List<Long> ids = work.stream().map(Assignment::getId).toList();
        Map<Long, Long> questionCounts = counts(questions.countByAssignment(ids));
        Map<Long, Submission> mine = submissions.findByStudentIdAndAssignmentIdIn(currentUser.id(), ids).stream()
                .collect(Collectors.toMap(Submission::getAssignmentId, Function.identity()));
        Map<Long, Long> answerCounts = mine.isEmpty() ? Map.of()
                : counts(answers.countBySubmission(mine.values().stream().map(Submission::getId).toList()));
        Instant now = clock.instant();
        List<StudentAssignment> rows = new ArrayList<>();
        for (Assignment a : work) {
            Submission submission = mine.get(a.getId());
            SubmissionStatus status = submission == null ? null : submission.getStatus();
            boolean late = ClassResultsService.isLate(a, submission, now);
            int answered = submission == null ? 0 : answerCounts.getOrDefault(submission.getId(), 0L).intValue();
            rows.add(new StudentAssignment(a.getId(), a.getClassroomId(), classes.get(a.getClassroomId()).name(),
                    a.getTitle(), a.getOpensAt(), a.getDueAt(), status, late, answered,
                    questionCounts.getOrDefault(a.getId(), 0L).intValue()));
        }
        rows.sort((x, y) -> x.dueAt() == null ? (y.dueAt() == null ? 0 : 1)
                : y.dueAt() == null ? -1 : x.dueAt().compareTo(y.dueAt()));
        return rows;
    }

    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public Workspace workspace(long assignmentId) {
        Assignment assignment = mine(assignmentId);
        Optional<Submission> submission = submissions.findByAssignmentIdAndStudentId(assignmentId, currentUser.id());
        Map<Long, Answer> saved = submission.map(s -> answers.findBySubmissionId(s.getId()).stream()
                .collect(Collectors.toMap(Answer::getQuestionId, Function.identity()))).orElse(Map.of());
        boolean submitted = submission.map(s -> !s.isOpenForAnswers()).orElse(false);
        boolean reveal = submitted && assignment.isShowCorrect();
        boolean returned = submission.map(s -> s.getStatus() == SubmissionStatus.RETURNED).orElse(false);
        Map<Long, Grade> graded = returned ? grades.findBySubmissionId(submission.get().getId()).stream()
                .collect(Collectors.toMap(Grade::getQuestionId, Function.identity())) : Map.of();
        double returnedTotal = 0;
        int maxPoints = 0;
        boolean opened = assignment.getOpensAt() == null || !clock.instant().isBefore(assignment.getOpensAt());
        List<Workspace.Item> items = new ArrayList<>();
        int maxAuto = 0;
        for (AssignmentQuestion question : opened ? questions.findByAssignmentIdOrderByPosition(assignmentId)
                : List.<AssignmentQuestion>of()) {
            QuestionSpec spec = question.spec();
            if (spec.type().isAutoScored()) {
                maxAuto += spec.points();
            }
            maxPoints += spec.points();
            Answer answer = saved.get(question.getId());
            Grade grade = graded.get(question.getId());
            Double auto = answer == null ? (spec.type().isAutoScored() ? 0.0 : null) : answer.getAutoPoints();
            // The student sees a grade as it was when the work was returned, never a later change.
            if (grade != null && grade.getReturnedPoints() == null) {
                grade = null;
            }
            Double points = grade != null ? grade.getReturnedPoints() : (reveal || returned) ? auto : null;
            if (returned && points != null) {
                returnedTotal += points;
            }
            items.add(new Workspace.Item(question.getId(), question.getPosition(),
                    reveal ? spec : QuestionRules.forStudent(spec),
                    answer == null ? AnswerValue.empty() : answer.value(), answer == null ? 0 : answer.getRevision(),
                    answer == null ? null : answer.getUpdatedAt(), points,
                    reveal && answer != null ? answer.getAutoExplanation() : null,
                    grade == null ? null : grade.getReturnedLevel(), grade == null ? null : grade.getReturnedComment()));
        }
        return new Workspace(assignmentId, assignment.getTitle(),
                classrooms.classForMember(assignment.getClassroomId()).name(), assignment.getDueAt(),
                assignment.isLateAllowed(), submission.map(Submission::getStatus).orElse(null),
                submission.map(Submission::getSubmittedAt).orElse(null), lockedReason(assignment, submission),
                texts(assignment), items, submission.map(Submission::getAutoPoints).orElse(null), maxAuto,
                assignment.isShowCorrect(), returned ? Math.round(returnedTotal * 100) / 100.0 : null, maxPoints);
    }

    /**
     * Saves one answer, if it is still based on the stored revision. A save from a tab that did not
     * see a newer save is not applied: the outcome carries the stored answer, so nothing is lost silently.
     */
    @PreAuthorize("hasRole('STUDENT')")
    public SaveOutcome saveAnswer(long assignmentId, long questionId, AnswerValue value, int baseRevision) {
        Assignment assignment = mine(assignmentId);
        AssignmentQuestion question = questions.findById(questionId)
                .filter(q -> q.getAssignmentId() == assignmentId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_ASSIGNMENT));
        AnswerLimits.check(question.spec(), value);
        Submission submission = lockedSubmission(assignmentId);
        Message locked = lockedReason(assignment, Optional.of(submission));
        if (locked != null) {
            throw new ValidationException(locked);
        }
        if (!value.passages().isEmpty()) {
            int article = question.spec().article();
            value = PassageCheck.anchoredIn(articles.read(assignment.articleId(article),
                    assignment.articleVersion(article)), value);
            AnswerLimits.checkStoredSize(value);
        }
        Instant now = clock.instant();
        Optional<Answer> stored = answers.findBySubmissionIdAndQuestionId(submission.getId(), question.getId());
        if (stored.isEmpty()) {
            if (baseRevision != 0) {
                throw new IllegalStateException("An answer based on revision " + baseRevision + " has no stored answer");
            }
            Answer created = answers.saveAndFlush(new Answer(submission.getId(), question.getId(), value, now));
            events.publishEvent(new ClassWorkChanged(assignmentId));
            return new SaveOutcome(true, created.getRevision(), now, value);
        }
        Answer answer = stored.get();
        if (answer.getRevision() != baseRevision
                || answers.updateIfUnchanged(answer.getId(), baseRevision, QuestionJson.write(value), now) == 0) {
            Answer current = answers.findById(answer.getId()).orElseThrow();
            return new SaveOutcome(false, current.getRevision(), current.getUpdatedAt(), current.value());
        }
        events.publishEvent(new ClassWorkChanged(assignmentId));
        return new SaveOutcome(true, baseRevision + 1, now, value);
    }

    /**
     * Submits the student's work and scores what can be scored at once. Submitting again (a double
     * click, a second tab) changes nothing and returns the same result.
     */
    @PreAuthorize("hasRole('STUDENT')")
    public Workspace submit(long assignmentId) {
        Assignment assignment = mine(assignmentId);
        Submission submission = lockedSubmission(assignmentId);
        if (submission.isOpenForAnswers()) {
            Message locked = lockedReason(assignment, Optional.of(submission));
            if (locked != null) {
                throw new ValidationException(locked);
            }
            List<TextGeometry> geometries = geometries(assignment);
            Map<Long, Answer> saved = answers.findBySubmissionId(submission.getId()).stream()
                    .collect(Collectors.toMap(Answer::getQuestionId, Function.identity()));
            double total = 0;
            for (AssignmentQuestion question : questions.findByAssignmentIdOrderByPosition(assignmentId)) {
                QuestionSpec spec = question.spec();
                Answer answer = saved.get(question.getId());
                AnswerValue value = answer == null ? AnswerValue.empty() : answer.value();
                Optional<AutoScore> score = scoreOrLeaveToTeacher(spec, value,
                        geometries.get(Math.min(spec.article(), geometries.size() - 1)));
                if (score.isPresent()) {
                    total += score.get().points();
                    if (answer != null) {
                        answer.score(score.get().points(), score.get().explanation());
                    }
                }
            }
            submission.submit(clock.instant(), Math.round(total * 100) / 100.0);
            submissions.saveAndFlush(submission);
            events.publishEvent(new ClassWorkChanged(assignmentId));
        }
        return workspace(assignmentId);
    }

    /** Every submission of a student with its answers and grades, oldest first, for the export of their data. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SubmissionExport> exportOf(long studentId) {
        List<Submission> theirs = submissions.findByStudentIdOrderByStartedAt(studentId);
        if (theirs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = theirs.stream().map(Submission::getId).toList();
        Map<Long, List<Answer>> answersBySubmission = answers.findBySubmissionIdIn(ids).stream()
                .collect(Collectors.groupingBy(Answer::getSubmissionId));
        Map<Long, List<Grade>> gradesBySubmission = grades.findBySubmissionIdIn(ids).stream()
                .collect(Collectors.groupingBy(Grade::getSubmissionId));
        Map<Long, Assignment> assignmentsById = assignments.findAllById(
                        theirs.stream().map(Submission::getAssignmentId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Assignment::getId, Function.identity()));
        List<SubmissionExport> exports = new ArrayList<>();
        for (Submission submission : theirs) {
            Assignment assignment = assignmentsById.get(submission.getAssignmentId());
            Map<Long, Answer> answered = answersBySubmission.getOrDefault(submission.getId(), List.of()).stream()
                    .collect(Collectors.toMap(Answer::getQuestionId, Function.identity()));
            Map<Long, Grade> graded = gradesBySubmission.getOrDefault(submission.getId(), List.of()).stream()
                    .collect(Collectors.toMap(Grade::getQuestionId, Function.identity()));
            List<SubmissionExport.Item> items = new ArrayList<>();
            for (AssignmentQuestion question : questions.findByAssignmentIdOrderByPosition(assignment.getId())) {
                Answer answer = answered.get(question.getId());
                Grade grade = graded.get(question.getId());
                if (answer == null && grade == null) {
                    continue;
                }
                QuestionSpec spec = question.spec();
                items.add(new SubmissionExport.Item(question.getPosition(), spec.prompt(), spec.type(),
                        answer == null ? null : answer.value(), answer == null ? null : answer.getUpdatedAt(),
                        answer == null ? null : answer.getAutoPoints(),
                        answer == null ? null : answer.getAutoExplanation(),
                        grade == null ? null : new SubmissionExport.GradeExport(grade.getRubricLevel(),
                                grade.getPoints(), grade.getComment(), grade.getGradedAt(), grade.getReturnedLevel(),
                                grade.getReturnedPoints(), grade.getReturnedComment())));
            }
            exports.add(new SubmissionExport(assignment.getId(), assignment.getClassroomId(), assignment.getTitle(),
                    WorkStatus.of(submission.getStatus()), submission.getStartedAt(), submission.getSubmittedAt(),
                    submission.getReturnedAt(), submission.getAutoPoints(), items));
        }
        return exports;
    }

    private List<TextGeometry> geometries(Assignment assignment) {
        return texts(assignment).stream().map(SubmissionService::geometry).toList();
    }

    /** The article versions the assignment was made on. */
    private List<ArticleContent> texts(Assignment assignment) {
        return texts(articles, assignment);
    }

    /** The article versions an assignment was made on, first and (for comparisons) second. */
    static List<ArticleContent> texts(ArticleService articles, Assignment assignment) {
        List<ArticleContent> texts = new ArrayList<>();
        texts.add(articles.read(assignment.getArticleId(), assignment.articleVersion(0)));
        if (assignment.getSecondArticleId() != null) {
            texts.add(articles.read(assignment.getSecondArticleId(), assignment.articleVersion(1)));
        }
        return texts;
    }

    /**
     * A question that cannot be scored automatically (its key does not fit the text) must not stop the
     * student from submitting: it is left to the instructor, like a written answer.
     */
    private static Optional<AutoScore> scoreOrLeaveToTeacher(QuestionSpec spec, AnswerValue value,
            TextGeometry geometry) {
        try {
            return AutoScoring.score(spec, value, geometry);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Submission lockedSubmission(long assignmentId) {
        long studentId = currentUser.id();
        return submissions.findForUpdate(assignmentId, studentId)
                .orElseGet(() -> submissions.saveAndFlush(new Submission(assignmentId, studentId, clock.instant())));
    }

    private static TextGeometry geometry(ArticleContent content) {
        return TextGeometry.of(content.paragraphs().stream().map(ArticleContent.Paragraph::anchor).toList(),
                content.paragraphs().stream().map(ArticleContent.Paragraph::text).toList());
    }

    private Message lockedReason(Assignment assignment, Optional<Submission> submission) {
        Instant now = clock.instant();
        if (submission.isPresent() && !submission.get().isOpenForAnswers()) {
            return Message.of("assignment.locked.submitted", submission.get().getSubmittedAt());
        }
        if (assignment.getOpensAt() != null && now.isBefore(assignment.getOpensAt())) {
            return Message.of("assignment.locked.notOpen", assignment.getOpensAt());
        }
        if (assignment.getDueAt() != null && now.isAfter(assignment.getDueAt()) && !assignment.isLateAllowed()) {
            return Message.of("assignment.locked.overdue", assignment.getDueAt());
        }
        return null;
    }

    private Assignment mine(long assignmentId) {
        Assignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_ASSIGNMENT));
        if (assignment.getQuestionSetId() == null
                || classrooms.accessTo(assignment.getClassroomId()) != ClassAccess.STUDENT) {
            throw new AccessDeniedException(NO_SUCH_ASSIGNMENT);
        }
        return assignment;
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
