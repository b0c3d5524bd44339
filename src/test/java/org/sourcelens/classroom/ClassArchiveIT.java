package org.sourcelens.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** An instructor archives a class they teach and restores it; students stop seeing it meanwhile. */
@IntegrationTest
class ClassArchiveIT {

    @Autowired
    ClassroomService classrooms;

    @Autowired
    TestAccounts accounts;

    AccountSummary instructor;
    AccountSummary student;
    TaughtClass archived;
    TaughtClass kept;

    @BeforeEach
    void aStudentInTwoClasses() {
        instructor = accounts.instructor();
        student = accounts.student();
        accounts.signInAs(instructor.username());
        archived = classrooms.createClass("Last year's class");
        kept = classrooms.createClass("This year's class");
        classrooms.enrolStudent(archived.id(), student.id());
        classrooms.enrolStudent(kept.id(), student.id());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_archived_class_leaves_its_students_list_stays_marked_in_its_instructors_and_comes_back_when_restored() {
        Instant before = Instant.now();
        classrooms.setArchived(archived.id(), true);

        assertThat(classrooms.myTaughtClasses()).filteredOn(c -> c.id() == archived.id()).singleElement()
                .satisfies(c -> assertThat(c.archivedAt()).isBetween(before, Instant.now()));
        assertThat(classrooms.myTaughtClasses()).filteredOn(c -> c.id() == kept.id()).singleElement()
                .satisfies(c -> assertThat(c.archived()).isFalse());
        assertThat(classrooms.rosterOf(archived.id()).archived()).isTrue();
        accounts.signInAs(student.username());
        assertThat(classrooms.myEnrolledClasses()).extracting(EnrolledClass::id).containsExactly(kept.id());

        accounts.signInAs(instructor.username());
        classrooms.setArchived(archived.id(), false);
        assertThat(classrooms.rosterOf(archived.id()).archived()).isFalse();
        accounts.signInAs(student.username());
        assertThat(classrooms.myEnrolledClasses()).extracting(EnrolledClass::id)
                .containsExactlyInAnyOrder(archived.id(), kept.id());
    }

    @Test
    void archiving_again_keeps_the_first_date() {
        classrooms.setArchived(archived.id(), true);
        Instant first = classrooms.rosterOf(archived.id()).archivedAt();
        classrooms.setArchived(archived.id(), true);
        assertThat(classrooms.rosterOf(archived.id()).archivedAt()).isEqualTo(first);
    }

    @Test
    void nobody_joins_an_archived_class() {
        classrooms.setArchived(archived.id(), true);
        AccountSummary newcomer = accounts.student();
        accounts.signInAs(newcomer.username());

        assertThatThrownBy(() -> classrooms.joinWithCode(archived.joinCode()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("has been archived");
        assertThat(classrooms.myEnrolledClassIds()).isEmpty();
    }

    @Test
    void another_instructor_a_student_and_the_administrator_cannot_archive_or_restore_the_class() {
        AccountSummary other = accounts.instructor();
        for (String username : new String[] {other.username(), student.username(), "admin"}) {
            accounts.signInAs(username);
            assertThatThrownBy(() -> classrooms.setArchived(archived.id(), true)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classrooms.setArchived(archived.id(), false)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
        accounts.signInAs(other.username());
        assertThatThrownBy(() -> classrooms.setArchived(Long.MAX_VALUE, true)).isInstanceOf(NotFoundException.class);

        accounts.signInAs(instructor.username());
        assertThat(classrooms.rosterOf(archived.id()).archived()).isFalse();
    }
}
