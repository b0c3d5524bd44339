package org.sourcelens.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.DiscussionService;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.audit.AuditEvent;
import org.sourcelens.audit.AuditFilter;
import org.sourcelens.audit.AuditLog;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every service method added for students' data privacy refuses whoever is not an administrator:
 * anonymous visitors, students (the student concerned included) and instructors (the student's own
 * instructor included). Nothing is exported, deleted or purged on the way.
 */
@IntegrationTest
class StudentDataAccessIT {

    @Autowired
    StudentDataFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PrivacyService privacy;

    @Autowired
    RetentionService retention;

    @Autowired
    AuditLog audit;

    @Autowired
    AccountService accountService;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    AssignmentService assignments;

    @Autowired
    SubmissionService submissions;

    @Autowired
    HighlightService highlights;

    @Autowired
    DiscussionService discussion;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_administrators_method_refuses_anonymous_visitors_students_and_instructors() {
        StudentDataFixture.StudentData data = fixture.create();
        long ann = data.ann().id();
        Map<String, ThrowingCallable> adminOnly = new LinkedHashMap<>();
        adminOnly.put("PrivacyService.findStudent", () -> privacy.findStudent(data.ann().username()));
        adminOnly.put("PrivacyService.exportStudent", () -> privacy.exportStudent(ann));
        adminOnly.put("PrivacyService.deleteStudent", () -> privacy.deleteStudent(ann, data.ann().username()));
        adminOnly.put("RetentionService.purgeExpiredClasses", () -> retention.purgeExpiredClasses());
        adminOnly.put("AuditLog.entries", () -> audit.entries(AuditFilter.all(), PageRequest.of(0, 10)));
        adminOnly.put("AuditLog.count", () -> audit.count(AuditFilter.all()));
        adminOnly.put("AuditLog.about", () -> audit.about(ann));
        adminOnly.put("AuditLog.record(studentExported)", () -> audit.record(AuditEvent.studentExported(ann)));
        adminOnly.put("AuditLog.record(studentDeleted)", () -> audit.record(AuditEvent.studentDeleted()));
        adminOnly.put("AuditLog.record(classPurged)", () -> audit.record(AuditEvent.classPurged(data.classId(), "x")));
        adminOnly.put("AccountService.exportOf", () -> accountService.exportOf(ann));
        adminOnly.put("AccountService.deleteStudent", () -> accountService.deleteStudent(ann));
        adminOnly.put("ClassroomService.exportOf", () -> classrooms.exportOf(ann));
        adminOnly.put("ClassroomService.purgeArchivedBefore", () -> classrooms.purgeArchivedBefore(Instant.now()));
        adminOnly.put("AssignmentService.readingsOf", () -> assignments.readingsOf(List.of(data.classId())));
        adminOnly.put("SubmissionService.exportOf", () -> submissions.exportOf(ann));
        adminOnly.put("HighlightService.exportOf", () -> highlights.exportOf(ann));
        adminOnly.put("DiscussionService.exportOf", () -> discussion.exportOf(ann));

        List<Runnable> callers = List.of(accounts::signOut, () -> accounts.signInAs(data.ann().username()),
                () -> accounts.signInAs(data.ben().username()), () -> accounts.signInAs(data.instructor().username()),
                () -> accounts.signInAs(accounts.instructor().username()));
        int cases = 0;
        for (Runnable signIn : callers) {
            for (Map.Entry<String, ThrowingCallable> call : adminOnly.entrySet()) {
                signIn.run();
                assertThatThrownBy(call.getValue()).as(call.getKey()).isInstanceOf(AccessDeniedException.class);
                cases++;
            }
        }
        System.out.println("StudentDataAccessIT: " + cases + " refusals checked");

        accounts.signInAs("admin");
        assertThat(accountService.findByUsername(data.ann().username())).as("nothing was deleted").isPresent();
        assertThat(highlights.exportOf(ann)).hasSize(1);
    }

    @Test
    void instructors_record_their_views_of_students_work_and_students_record_nothing() {
        StudentDataFixture.StudentData data = fixture.create();
        AuditEvent view = AuditEvent.studentWorkViewed(data.ann().id(), data.classId(), data.assignmentId(), "x");
        AuditEvent queue = AuditEvent.gradingQueueViewed(data.classId(), data.assignmentId(), 1, "x");

        accounts.signInAs(data.ann().username());
        assertThatThrownBy(() -> audit.record(view)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.record(queue)).isInstanceOf(AccessDeniedException.class);
        accounts.signOut();
        assertThatThrownBy(() -> audit.record(view)).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(data.instructor().username());
        assertThatCode(() -> audit.record(view)).doesNotThrowAnyException();
        assertThatCode(() -> audit.record(queue)).doesNotThrowAnyException();
    }

    @Test
    void only_the_instructor_of_a_class_archives_or_restores_it() {
        StudentDataFixture.StudentData data = fixture.create();
        AccountSummary other = accounts.instructor();
        List<Runnable> refused = List.of(accounts::signOut, () -> accounts.signInAs(data.ann().username()),
                () -> accounts.signInAs(other.username()), () -> accounts.signInAs("admin"));
        for (Runnable signIn : refused) {
            signIn.run();
            assertThatThrownBy(() -> classrooms.setArchived(data.classId(), true))
                    .isInstanceOf(AccessDeniedException.class);
        }
        accounts.signInAs(data.ann().username());
        assertThat(classrooms.myEnrolledClasses()).extracting(c -> c.id()).contains(data.classId());
    }
}
