package org.sourcelens.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sourcelens.assignment.scoring.RubricScoring;
import org.sourcelens.audit.AuditEvent;
import org.sourcelens.audit.AuditLog;
import org.sourcelens.base.Message;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassRoster;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructor grades submitted work question by question (rubric level, points, comment; automatic
 * scores may be overridden) and returns it to the class or to one student, who then sees it.
 */
@Service
@Transactional
public class GradingService {

    static final int MAX_COMMENT = 2_000;

    private final AssignmentRepository assignments;
    private final AssignmentQuestionRepository questions;
    private final SubmissionRepository submissions;
    private final GradeRepository grades;
    private final ClassroomService classrooms;
    private final ClassResultsService results;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    GradingService(AssignmentRepository assignments, AssignmentQuestionRepository questions,
            SubmissionRepository submissions, GradeRepository grades, ClassroomService classrooms,
            ClassResultsService results, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
            AuditLog audit) {
        this.audit = audit;
        this.assignments = assignments;
        this.questions = questions;
        this.submissions = submissions;
        this.grades = grades;
        this.classrooms = classrooms;
        this.results = results;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The submitted answers to one question, a student at a time, in name order. Each call is recorded
     * in the audit log once, for the question (not per student shown: the grading screen reads the
     * queue again after every grade).
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public GradingQueue queue(long assignmentId, long questionId) {
        Assignment assignment = ClassResultsService.taught(assignments, classrooms, assignmentId);
        ClassWork work = results.load(assignment);
        AssignmentQuestion question = work.questions.stream().filter(q -> q.getId() == questionId).findFirst()
                .orElseThrow(() -> new NotFoundException("This question is not part of the assignment."));
        ClassRoster roster = classrooms.rosterOf(assignment.getClassroomId());
        List<GradingQueue.Entry> entries = new ArrayList<>();
        Set<String> comments = new LinkedHashSet<>();
        for (ClassRoster.Member student : roster.students()) {
            Submission submission = work.byStudent.get(student.studentId());
            if (submission == null || submission.isOpenForAnswers()) {
                continue;
            }
            Answer answer = work.answer(submission, question);
            AnswerValue value = work.value(answer);
            Grade grade = work.grade(submission, question);
            if (grade != null && grade.getComment() != null) {
                comments.add(grade.getComment());
            }
            entries.add(new GradingQueue.Entry(student.studentId(), student.displayName(),
                    WorkStatus.of(submission.getStatus()), value, AnswerLimits.isAnswered(question.spec(), value),
                    answer == null ? null : answer.getAutoPoints(), answer == null ? null : answer.getAutoExplanation(),
                    view(grade)));
        }
        entries.sort(Comparator.comparing(GradingQueue.Entry::displayName, String.CASE_INSENSITIVE_ORDER));
        audit.record(AuditEvent.gradingQueueViewed(roster.id(), assignmentId, questionId,
                ClassResultsService.describe(roster, assignment) + ", question " + question.getPosition()
                        + " (answers of " + entries.size() + (entries.size() == 1 ? " student)" : " students)")));
        List<GradingQueue.QuestionRef> refs = work.questions.stream()
                .map(q -> new GradingQueue.QuestionRef(q.getId(), q.getPosition(), q.spec().type(),
                        (int) work.byStudent.values().stream()
                                .filter(s -> !s.isOpenForAnswers() && work.points(s, q) == null)
                                .count()))
                .toList();
        return new GradingQueue(assignmentId, assignment.getTitle(), roster.id(), roster.name(), questionId,
                question.getPosition(), question.spec(), entries, List.copyOf(comments), refs);
    }

    /**
     * Grades one student's answer to one question. With a rubric level, the points follow from the
     * level unless {@code points} overrides them; without one, {@code points} is required (an override
     * of the automatic score, say). Only submitted work is graded.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public GradingQueue.GradeView grade(long assignmentId, long questionId, long studentId, String rubricLevel,
            Double points, String comment) {
        Assignment assignment = ClassResultsService.taught(assignments, classrooms, assignmentId);
        AssignmentQuestion question = questions.findById(questionId)
                .filter(q -> q.getAssignmentId() == assignmentId)
                .orElseThrow(() -> new NotFoundException("This question is not part of the assignment."));
        Submission submission = submissions.findByAssignmentIdAndStudentId(assignment.getId(), studentId)
                .orElseThrow(() -> new ValidationException(Message.of("assignment.refused.thisStudentHasNotSubmitted")));
        if (submission.isOpenForAnswers()) {
            throw new ValidationException(Message.of("assignment.refused.notSubmittedCannotGrade"));
        }
        QuestionSpec spec = question.spec();
        String level = rubricLevel == null || rubricLevel.isBlank() ? null : rubricLevel;
        double awarded;
        if (level != null) {
            double levelPoints;
            try {
                levelPoints = RubricScoring.pointsFor(spec, level);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(Message.of("assignment.refused.chooseOneOfTheQuestion"));
            }
            awarded = points != null ? points : levelPoints;
        } else if (points != null) {
            awarded = points;
        } else {
            throw new ValidationException(Message.of("assignment.refused.chooseARubricLevelOr"));
        }
        if (Double.isNaN(awarded) || awarded < 0 || awarded > spec.points()) {
            throw new ValidationException(Message.of("assignment.refused.pointsMustBeBetweenAnd", spec.points()));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new ValidationException(Message.of("assignment.refused.aCommentMayHaveAt", MAX_COMMENT));
        }
        Grade grade = grades.findBySubmissionIdAndQuestionId(submission.getId(), questionId)
                .orElseGet(() -> new Grade(submission.getId(), questionId));
        grade.set(level, Math.round(awarded * 100) / 100.0, text, currentUser.id(), clock.instant());
        Grade saved = grades.save(grade);
        events.publishEvent(new ClassWorkChanged(assignmentId));
        return Objects.requireNonNull(view(saved));
    }

    /**
     * Returns graded work: to one student, or (studentId null) to everyone who has submitted. The
     * students then see their points, rubric levels and comments. Returns how many were returned.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public int returnWork(long assignmentId, Long studentId) {
        Assignment assignment = ClassResultsService.taught(assignments, classrooms, assignmentId);
        List<Submission> chosen = studentId == null ? submissions.findByAssignmentId(assignment.getId())
                : submissions.findByAssignmentIdAndStudentId(assignment.getId(), studentId).stream().toList();
        java.util.Map<Long, List<Grade>> gradesBySubmission = grades.findByAssignment(assignment.getId()).stream()
                .collect(java.util.stream.Collectors.groupingBy(Grade::getSubmissionId));
        int count = 0;
        for (Submission submission : chosen) {
            if (!submission.isOpenForAnswers()) {
                submission.returnToStudent(clock.instant());
                gradesBySubmission.getOrDefault(submission.getId(), List.of()).forEach(Grade::returnToStudent);
                count++;
            }
        }
        if (studentId != null && count == 0) {
            throw new ValidationException(Message.of("assignment.refused.notSubmittedNothingToReturn"));
        }
        events.publishEvent(new ClassWorkChanged(assignmentId));
        return count;
    }

    static GradingQueue.GradeView view(Grade grade) {
        return grade == null ? null
                : new GradingQueue.GradeView(grade.getRubricLevel(), grade.getPoints(), grade.getComment(),
                        grade.getGradedAt());
    }
}
