package org.sourcelens.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.audit.AuditAction;
import org.sourcelens.audit.AuditFilter;
import org.sourcelens.audit.AuditLog;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.PurgedClass;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.sourcelens.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The retention rule on a fixed clock: a class archived 400 days ago is deleted with all its work
 * (enrolments, assignments, submissions, answers, grades, highlights and their discussion); one
 * archived 10 days ago and one in use are kept.
 */
@IntegrationTest
class RetentionIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    StudentDataFixture fixture;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    AuditLog audit;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The archive date as it would be had the instructor archived the class that long ago. */
    private void archivedDaysAgo(long classId, int days) {
        jdbc.update("update classroom set archived_at = ? where id = ?",
                Timestamp.from(NOW.minus(Duration.ofDays(days))), classId);
    }

    private long rows(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }

    private long workIn(long classId) {
        return rows("select count(*) from enrolment where classroom_id = ?", classId)
                + rows("select count(*) from assignment where classroom_id = ?", classId)
                + rows("select count(*) from submission s join assignment a on a.id = s.assignment_id"
                        + " where a.classroom_id = ?", classId)
                + rows("select count(*) from highlight h join assignment a on a.id = h.assignment_id"
                        + " where a.classroom_id = ?", classId)
                + rows("select count(*) from class_tag where classroom_id = ?", classId);
    }

    @Test
    void classes_archived_longer_than_the_retention_period_are_purged_with_all_their_work() {
        StudentDataFixture.StudentData old = fixture.create();
        StudentDataFixture.StudentData recent = fixture.create();
        StudentDataFixture.StudentData active = fixture.create();
        for (StudentDataFixture.StudentData data : List.of(old, recent)) {
            accounts.signInAs(data.instructor().username());
            classrooms.setArchived(data.classId(), true);
        }
        archivedDaysAgo(old.classId(), 400);
        archivedDaysAgo(recent.classId(), 10);
        long oldAssignment = old.assignmentId();
        assertThat(rows("select count(*) from answer w join submission s on s.id = w.submission_id"
                + " where s.assignment_id = ?", oldAssignment)).isPositive();
        assertThat(workIn(old.classId())).isPositive();
        long recentWork = workIn(recent.classId());
        long activeWork = workIn(active.classId());

        RetentionService retention = new RetentionService(classrooms, audit, Clock.fixed(NOW, ZoneOffset.UTC), 365);
        var purged = SystemTask.asAdministrator(retention::purgeExpiredClasses);

        assertThat(purged).extracting(PurgedClass::id).contains(old.classId())
                .doesNotContain(recent.classId(), active.classId());
        assertThat(purged).filteredOn(p -> p.id() == old.classId()).singleElement()
                .satisfies(p -> assertThat(p.students()).isEqualTo(4));
        assertThat(rows("select count(*) from classroom where id = ?", old.classId())).isZero();
        assertThat(workIn(old.classId())).isZero();
        for (String table : List.of("assignment_question", "submission", "highlight")) {
            assertThat(rows("select count(*) from " + table + " where assignment_id = ?", oldAssignment))
                    .as(table).isZero();
        }
        assertThat(rows("select count(*) from highlight_reply where highlight_id = ?", old.benHighlight())).isZero();
        assertThat(rows("select count(*) from reply_helpful where reply_id = ?", old.annReply())).isZero();
        assertThat(rows("select count(*) from user_account where id = ?", old.ann().id()))
                .as("the students keep their accounts").isOne();

        assertThat(workIn(recent.classId())).isEqualTo(recentWork);
        assertThat(workIn(active.classId())).isEqualTo(activeWork);

        accounts.signInAs(old.instructor().username());
        assertThat(classrooms.myTaughtClasses()).extracting(TaughtClass::id).doesNotContain(old.classId());
        accounts.signInAs(recent.instructor().username());
        assertThat(classrooms.myTaughtClasses()).extracting(TaughtClass::id).containsExactly(recent.classId());
        accounts.signInAs("admin");
        assertThat(audit.entries(AuditFilter.all(), PageRequest.of(0, 20)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.PURGED_CLASS);
                    assertThat(e.classId()).isEqualTo(old.classId());
                    assertThat(e.details()).contains(old.work().setup().classroom().name(), "4 students",
                            "365 days");
                });
    }

    @Test
    void a_retention_of_zero_days_keeps_archived_classes_and_a_negative_one_is_refused_at_start() {
        StudentDataFixture.StudentData data = fixture.create();
        accounts.signInAs(data.instructor().username());
        classrooms.setArchived(data.classId(), true);
        archivedDaysAgo(data.classId(), 4000);

        RetentionService keepForever = new RetentionService(classrooms, audit, Clock.fixed(NOW, ZoneOffset.UTC), 0);
        assertThat(SystemTask.asAdministrator(keepForever::purgeExpiredClasses)).isEmpty();
        assertThat(rows("select count(*) from classroom where id = ?", data.classId())).isOne();
        assertThatThrownBy(() -> new RetentionService(classrooms, audit, Clock.systemUTC(), -1))
                .isInstanceOf(IllegalArgumentException.class);

        // Leave nothing in the shared database for another test's purge to find.
        SystemTask.asAdministrator(() -> classrooms.purgeArchivedBefore(NOW.minus(Duration.ofDays(3000))));
    }
}
