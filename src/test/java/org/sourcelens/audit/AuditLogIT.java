package org.sourcelens.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.assignment.ClassResultsService;
import org.sourcelens.assignment.ClassWorkFixture;
import org.sourcelens.assignment.GradingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Each time an instructor opens a student's work or a grading queue, the audit log records who,
 * which student (or class, assignment and question) and when; only administrators read it.
 */
@IntegrationTest
class AuditLogIT {

    @Autowired
    ClassWorkFixture fixture;

    @Autowired
    ClassResultsService results;

    @Autowired
    GradingService grading;

    @Autowired
    AuditLog audit;

    @Autowired
    TestAccounts accounts;

    ClassWorkFixture.ClassWork work;

    @BeforeEach
    void aClassWithWork() {
        work = fixture.create();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private AuditFilter about(String username) {
        return new AuditFilter(username);
    }

    @Test
    void opening_a_students_work_records_who_whose_work_what_and_when() {
        Instant before = Instant.now();
        results.studentWork(work.assignmentId(), work.ann().id());
        results.studentWork(work.assignmentId(), work.ann().id());
        results.studentWork(work.assignmentId(), work.ben().id());

        accounts.signInAs("admin");
        List<AuditRecord> ann = audit.entries(about(work.ann().username()), PageRequest.of(0, 10));
        assertThat(ann).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.VIEWED_STUDENT_WORK);
            assertThat(entry.actor()).isEqualTo(work.setup().instructor().displayName() + " ("
                    + work.setup().instructor().username() + ")");
            assertThat(entry.studentId()).isEqualTo(work.ann().id());
            assertThat(entry.student()).contains(work.ann().username());
            assertThat(entry.classId()).isEqualTo(work.setup().classroom().id());
            assertThat(entry.assignmentId()).isEqualTo(work.assignmentId());
            assertThat(entry.occurredAt()).isBetween(before, Instant.now());
            assertThat(entry.details()).contains(work.setup().classroom().name())
                    .doesNotContain(work.ann().username(), work.ann().displayName());
        });
        assertThat(audit.count(about(work.ann().username()))).isEqualTo(2);
        assertThat(audit.count(about(work.ben().username().toUpperCase()))).isEqualTo(1);
        assertThat(audit.about(work.ann().id())).hasSize(2);
    }

    @Test
    void a_grading_queue_is_recorded_once_per_view_with_its_question_and_how_many_answers_it_showed() {
        long question = work.questionIds().get(2);
        grading.queue(work.assignmentId(), question);

        accounts.signInAs("admin");
        AuditRecord entry = audit.entries(AuditFilter.all(), PageRequest.of(0, 1)).getFirst();
        assertThat(entry.action()).isEqualTo(AuditAction.VIEWED_GRADING_QUEUE);
        assertThat(entry.actor()).contains(work.setup().instructor().username());
        assertThat(entry.assignmentId()).isEqualTo(work.assignmentId());
        assertThat(entry.questionId()).isEqualTo(question);
        assertThat(entry.studentId()).isNull();
        assertThat(entry.details()).endsWith("question 3 (answers of 2 students)");
    }

    @Test
    void a_refused_look_records_nothing() {
        accounts.signInAs(accounts.instructor().username());
        assertThatThrownBy(() -> results.studentWork(work.assignmentId(), work.ann().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grading.queue(work.assignmentId(), work.questionIds().get(2)))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signInAs("admin");
        assertThat(audit.count(about(work.ann().username()))).isZero();
        assertThat(audit.entries(AuditFilter.all(), PageRequest.of(0, 20)))
                .noneMatch(e -> e.assignmentId() != null && e.assignmentId() == work.assignmentId());
    }

    @Test
    void the_log_is_read_newest_first_a_page_at_a_time() {
        for (int i = 0; i < 3; i++) {
            results.studentWork(work.assignmentId(), work.ann().id());
        }
        accounts.signInAs("admin");
        AuditFilter ann = about(work.ann().username());

        List<AuditRecord> first = audit.entries(ann, PageRequest.of(0, 2));
        List<AuditRecord> second = audit.entries(ann, PageRequest.of(1, 2));

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(first.get(0).id()).isGreaterThan(first.get(1).id());
        assertThat(first.get(1).id()).isGreaterThan(second.get(0).id());
        assertThat(audit.entries(about("no-such-user"), PageRequest.of(0, 2))).isEmpty();
        assertThat(audit.count(about("no-such-user"))).isZero();
        assertThat(audit.count(AuditFilter.all())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void students_and_instructors_cannot_read_the_log() {
        results.studentWork(work.assignmentId(), work.ann().id());
        for (String username : List.of(work.ann().username(), work.setup().instructor().username())) {
            accounts.signInAs(username);
            assertThatThrownBy(() -> audit.entries(AuditFilter.all(), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(about(work.ann().username())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.about(work.ann().id())).isInstanceOf(AccessDeniedException.class);
        }
    }
}
