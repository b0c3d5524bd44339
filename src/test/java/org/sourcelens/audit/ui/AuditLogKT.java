package org.sourcelens.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.assignment.ClassResultsService;
import org.sourcelens.assignment.ClassWorkFixture;
import org.sourcelens.audit.AuditAction;
import org.sourcelens.audit.AuditRecord;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator reads the audit log in a lazily loaded grid, filtered by a student's username. */
class AuditLogKT extends KaribuTest {

    @Autowired
    ClassWorkFixture fixture;

    @Autowired
    ClassResultsService results;

    @Test
    void the_admin_reads_who_opened_a_students_work_and_filters_by_the_students_username() {
        ClassWorkFixture.ClassWork work = fixture.create();
        results.studentWork(work.assignmentId(), work.ann().id());
        results.studentWork(work.assignmentId(), work.ben().id());
        results.studentWork(work.assignmentId(), work.ann().id());
        signInAs("admin");
        navigate("admin/audit");
        AuditLogView view = _get(AuditLogView.class);

        assertThat(_size(view.grid)).isGreaterThanOrEqualTo(3);
        assertThat(_fetch(view.grid, 0, 3)).extracting(AuditRecord::studentId)
                .containsExactly(work.ann().id(), work.ben().id(), work.ann().id());

        _setValue(view.student, work.ann().username());
        assertThat(_size(view.grid)).isEqualTo(2);
        AuditRecord newest = _get(view.grid, 0);
        assertThat(newest.action()).isEqualTo(AuditAction.VIEWED_STUDENT_WORK);
        assertThat(newest.actor()).contains(work.setup().instructor().username());
        assertThat(AuditLogView.studentOf(newest)).contains(work.ann().username());

        _setValue(view.student, "nobody-is-called-this");
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void students_and_instructors_cannot_open_the_log() {
        ClassWorkFixture.ClassWork work = fixture.create();
        for (String username : new String[] {work.ann().username(), work.setup().instructor().username()}) {
            signInAs(username);
            assertThatThrownBy(() -> navigate("admin/audit")).as(username)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(AuditLogView.class)).isEmpty();
        }
    }
}
