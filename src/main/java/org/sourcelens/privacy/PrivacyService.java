package org.sourcelens.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sourcelens.annotation.DiscussionExport;
import org.sourcelens.annotation.DiscussionService;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.Reading;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.audit.AuditEvent;
import org.sourcelens.audit.AuditLog;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassMembership;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.security.AccountExport;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator's handling of one student's data: finding the student, exporting everything
 * SourceLens holds about them, and deleting it all. Both are recorded in the audit log.
 */
@Service
@Transactional
public class PrivacyService {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final AccountService accounts;
    private final ClassroomService classrooms;
    private final AssignmentService assignments;
    private final SubmissionService submissions;
    private final HighlightService highlights;
    private final DiscussionService discussion;
    private final AuditLog audit;
    private final Clock clock;

    PrivacyService(AccountService accounts, ClassroomService classrooms, AssignmentService assignments,
            SubmissionService submissions, HighlightService highlights, DiscussionService discussion, AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.submissions = submissions;
        this.highlights = highlights;
        this.discussion = discussion;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account with this username (any case), with its classes when it is a student's. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<StudentOverview> findStudent(String username) {
        return accounts.findByUsername(username).map(account -> {
            AccountExport details = accounts.exportOf(account.id());
            List<String> classes = Roles.STUDENT.equals(account.role())
                    ? classrooms.exportOf(account.id()).stream()
                            .map(c -> c.className() + (c.archivedAt() == null ? "" : " (archived)")).toList()
                    : List.of();
            return new StudentOverview(account.id(), account.username(), account.displayName(), account.role(),
                    details.createdAt(), classes);
        });
    }

    /**
     * Everything SourceLens holds about a student as readable, indented JSON (UTF-8): the account, the
     * classes with their assignments, every submission with its answers and grades, highlights with
     * notes, replies written, helpful marks given, and the audit log's entries about the student.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] exportStudent(long studentId) {
        AccountExport account = student(studentId);
        audit.record(AuditEvent.studentExported(studentId));
        List<ClassMembership> memberships = classrooms.exportOf(studentId);
        Map<Long, List<Reading>> readings = assignments.readingsOf(
                memberships.stream().map(ClassMembership::classId).collect(Collectors.toSet()));
        List<StudentExport.ClassEntry> classes = memberships.stream()
                .map(c -> new StudentExport.ClassEntry(c.classId(), c.className(), c.instructorName(), c.enrolledAt(),
                        c.archivedAt(), readings.getOrDefault(c.classId(), List.of()).stream()
                                .map(r -> new StudentExport.AssignmentEntry(r.assignmentId(), r.title(),
                                        r.assignedAt(), r.hasQuestions()))
                                .toList()))
                .toList();
        DiscussionExport discussions = discussion.exportOf(studentId);
        List<StudentExport.AuditEntry> auditEntries = audit.about(studentId).stream()
                .map(e -> new StudentExport.AuditEntry(e.occurredAt(), e.actor(), e.action().label(), e.details()))
                .toList();
        StudentExport export = new StudentExport(StudentExport.FORMAT, clock.instant(), account, classes,
                submissions.exportOf(studentId), highlights.exportOf(studentId), discussions.replies(),
                discussions.helpfulMarks(), auditEntries);
        return JSON.writeValueAsBytes(export);
    }

    /**
     * Deletes a student completely: the account and with it (by the database's cascading foreign keys)
     * enrolments, submissions, answers, grades, highlights with the replies to them, the replies they
     * wrote and their helpful marks. Audit entries about the student stay as a record of staff access
     * but no longer name them. {@code confirmation} must be the student's username, so that a stale or
     * mistyped id cannot delete the wrong person.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteStudent(long studentId, String confirmation) {
        AccountExport account = student(studentId);
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(account.username())) {
            throw new ValidationException(Message.of("privacy.refused.typeTheStudentSUsername", account.username()));
        }
        accounts.deleteStudent(studentId);
        audit.record(AuditEvent.studentDeleted());
    }

    private AccountExport student(long studentId) {
        AccountExport account = accounts.exportOf(studentId);
        if (!Roles.STUDENT.equals(account.role())) {
            throw new ValidationException(Message.of("privacy.refused.studentsOnly",
                    Roles.ADMIN.equals(account.role()) ? 1 : 0));
        }
        return account;
    }
}
