package org.sourcelens.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleService;
import org.sourcelens.audit.AuditEvent;
import org.sourcelens.audit.AuditLog;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.SpreadsheetText;
import org.sourcelens.classroom.ClassAccess;
import org.sourcelens.classroom.ClassRoster;
import org.sourcelens.classroom.ClassroomService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructor's view of an assignment across the class. Every screen's data is read with a fixed
 * number of queries, however many students the class has.
 */
@Service
@Transactional(readOnly = true)
public class ClassResultsService {

    static final String NO_SUCH_ASSIGNMENT = "This assignment does not exist or is not in a class you teach.";

    private final AssignmentRepository assignments;
    private final AssignmentQuestionRepository questions;
    private final SubmissionRepository submissions;
    private final AnswerRepository answers;
    private final GradeRepository grades;
    private final ClassroomService classrooms;
    private final Clock clock;
    private final ArticleService articles;
    private final AuditLog audit;

    ClassResultsService(AssignmentRepository assignments, AssignmentQuestionRepository questions,
            SubmissionRepository submissions, AnswerRepository answers, GradeRepository grades,
            ClassroomService classrooms, Clock clock, ArticleService articles, AuditLog audit) {
        this.audit = audit;
        this.clock = clock;
        this.articles = articles;
        this.assignments = assignments;
        this.questions = questions;
        this.submissions = submissions;
        this.answers = answers;
        this.grades = grades;
        this.classrooms = classrooms;
    }

    /** Where the class stands in an assignment: counts, a row per student, the spread of answers per question. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ClassDashboard dashboard(long assignmentId) {
        Assignment assignment = taught(assignments, classrooms, assignmentId);
        ClassRoster roster = classrooms.rosterOf(assignment.getClassroomId());
        ClassWork work = load(assignment);
        Instant now = clock.instant();
        List<ClassDashboard.StudentRow> rows = new ArrayList<>();
        int notStarted = 0;
        int inProgress = 0;
        int submitted = 0;
        int returned = 0;
        int late = 0;
        for (ClassRoster.Member student : roster.students()) {
            Submission submission = work.byStudent.get(student.studentId());
            WorkStatus status = WorkStatus.of(submission == null ? null : submission.getStatus());
            boolean isLate = isLate(assignment, submission, now);
            switch (status) {
                case NOT_STARTED -> notStarted++;
                case IN_PROGRESS -> inProgress++;
                case SUBMITTED -> submitted++;
                case RETURNED -> returned++;
            }
            if (isLate) {
                late++;
            }
            rows.add(new ClassDashboard.StudentRow(student.studentId(), student.displayName(), student.username(),
                    status, isLate, work.answered(submission), work.total(submission), work.ungraded(submission),
                    submission == null ? null : submission.getSubmittedAt(), work.changedSinceReturn(submission)));
        }
        rows.sort(Comparator.comparing(ClassDashboard.StudentRow::displayName, String.CASE_INSENSITIVE_ORDER));
        List<ClassDashboard.QuestionStats> stats = work.questions.stream()
                .map(question -> QuestionDistribution.of(question, roster, work)).toList();
        return new ClassDashboard(assignmentId, assignment.getTitle(), roster.id(), roster.name(),
                assignment.getDueAt(), work.maxPoints(),
                new ClassDashboard.Counts(notStarted, inProgress, submitted, returned, late), rows, stats);
    }

    /**
     * One student's answers, scores and grades beside the assignment's article(s). Each call is
     * recorded in the audit log: the instructor has looked at this student's work.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public StudentWork studentWork(long assignmentId, long studentId) {
        Assignment assignment = taught(assignments, classrooms, assignmentId);
        ClassRoster roster = classrooms.rosterOf(assignment.getClassroomId());
        ClassRoster.Member student = roster.students().stream().filter(m -> m.studentId() == studentId).findFirst()
                .orElseThrow(() -> new NotFoundException("This student is not in the class."));
        audit.record(AuditEvent.studentWorkViewed(studentId, roster.id(), assignmentId,
                describe(roster, assignment)));
        ClassWork work = load(assignment);
        Submission submission = work.byStudent.get(studentId);
        List<StudentWork.Item> items = work.questions.stream().map(question -> {
            Answer answer = work.answer(submission, question);
            AnswerValue value = work.value(answer);
            return new StudentWork.Item(question.getId(), question.getPosition(), question.spec(), value,
                    AnswerLimits.isAnswered(question.spec(), value), answer == null ? null : answer.getAutoPoints(),
                    answer == null ? null : answer.getAutoExplanation(),
                    GradingService.view(work.grade(submission, question)), work.points(submission, question));
        }).toList();
        List<ArticleContent> texts = SubmissionService.texts(articles, assignment);
        return new StudentWork(assignmentId, assignment.getTitle(), roster.id(), roster.name(), studentId,
                student.displayName(), WorkStatus.of(submission == null ? null : submission.getStatus()),
                isLate(assignment, submission, clock.instant()),
                submission == null ? null : submission.getSubmittedAt(),
                submission == null ? null : submission.getReturnedAt(), work.total(submission), work.maxPoints(),
                texts, items);
    }

    /**
     * The class's results as CSV for a spreadsheet (UTF-8 with a byte-order mark, quoted by Commons
     * CSV): a row per student per question, then a summary row per student (question "total").
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public byte[] resultsCsv(long assignmentId) {
        Assignment assignment = taught(assignments, classrooms, assignmentId);
        ClassRoster roster = classrooms.rosterOf(assignment.getClassroomId());
        ClassWork work = load(assignment);
        Instant now = clock.instant();
        StringBuilder out = new StringBuilder("\uFEFF");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(RESULT_COLUMNS).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            List<ClassRoster.Member> students = new ArrayList<>(roster.students());
            students.sort(Comparator.comparing(ClassRoster.Member::displayName, String.CASE_INSENSITIVE_ORDER));
            for (ClassRoster.Member student : students) {
                Submission submission = work.byStudent.get(student.studentId());
                String status = WorkStatus.of(submission == null ? null : submission.getStatus()).label();
                String late = isLate(assignment, submission, now) ? "yes" : "no";
                for (AssignmentQuestion question : work.questions) {
                    Answer answer = work.answer(submission, question);
                    Grade grade = work.grade(submission, question);
                    csv.printRecord(cell(student.displayName()), student.username(), status, late,
                            question.getPosition(), question.spec().type().name().toLowerCase(java.util.Locale.ROOT),
                            cell(question.spec().prompt()), cell(AnswerText.of(question.spec(), work.value(answer))),
                            answer == null || answer.getAutoPoints() == null ? "" : answer.getAutoPoints(),
                            grade == null || grade.getRubricLevel() == null ? "" : cell(grade.getRubricLevel()),
                            number(work.points(submission, question)), question.spec().points(),
                            grade == null || grade.getComment() == null ? "" : cell(grade.getComment()));
                }
                csv.printRecord(cell(student.displayName()), student.username(), status, late, "total", "", "", "", "",
                        "", number(work.total(submission)), work.maxPoints(), "");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static final String[] RESULT_COLUMNS = {"student", "username", "status", "late", "question", "type", "prompt",
        "answer", "automatic points", "rubric level", "points", "max points", "comment"};

    private static String cell(String text) {
        return SpreadsheetText.cell(text);
    }

    private static Object number(Double value) {
        return value == null ? "" : value;
    }

    /** Where an audit entry happened, in words: the class and the assignment (never the student's name). */
    static String describe(ClassRoster roster, Assignment assignment) {
        return "Class “" + roster.name() + "”, assignment “" + assignment.getTitle() + "”";
    }

    ClassWork load(Assignment assignment) {
        long id = assignment.getId();
        return new ClassWork(assignment, questions.findByAssignmentIdOrderByPosition(id),
                submissions.findByAssignmentId(id), answers.findByAssignment(id), grades.findByAssignment(id));
    }

    /** Late: submitted after the due date, or not submitted and the due date has passed. */
    static boolean isLate(Assignment assignment, Submission submission, Instant now) {
        Instant due = assignment.getDueAt();
        if (due == null) {
            return false;
        }
        if (submission == null || submission.isOpenForAnswers()) {
            return now.isAfter(due);
        }
        return submission.getSubmittedAt() != null && submission.getSubmittedAt().isAfter(due);
    }

    /** The assignment, if the current user teaches its class. */
    static Assignment taught(AssignmentRepository assignments, ClassroomService classrooms, long assignmentId) {
        Assignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_ASSIGNMENT));
        if (classrooms.accessTo(assignment.getClassroomId()) != ClassAccess.INSTRUCTOR) {
            throw new AccessDeniedException(NO_SUCH_ASSIGNMENT);
        }
        return assignment;
    }
}
