package org.sourcelens.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ClassroomServiceIT {

    @Autowired
    ClassroomService classrooms;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TaughtClass newClassTaughtBy(AccountSummary instructor) {
        accounts.signInAs(instructor.username());
        return classrooms.createClass("Period " + instructor.id());
    }

    @Test
    void instructor_creates_a_class_with_a_readable_join_code_and_sees_it_in_my_classes() {
        AccountSummary instructor = accounts.instructor();
        TaughtClass created = newClassTaughtBy(instructor);

        assertThat(created.joinCode()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(classrooms.myTaughtClasses()).extracting(TaughtClass::id, TaughtClass::studentCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(created.id(), 0L));
    }

    @Test
    void a_class_needs_a_name() {
        accounts.signInAs(accounts.instructor().username());
        assertThatThrownBy(() -> classrooms.createClass("   ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void student_joins_with_the_code_typed_loosely_and_joining_twice_enrols_once() {
        AccountSummary instructor = accounts.instructor();
        TaughtClass created = newClassTaughtBy(instructor);
        AccountSummary student = accounts.student();
        accounts.signInAs(student.username());

        String typed = " " + created.joinCode().replace("-", "").toLowerCase() + " ";
        assertThat(classrooms.joinWithCode(typed).id()).isEqualTo(created.id());
        classrooms.joinWithCode(created.joinCode());

        assertThat(classrooms.myEnrolledClasses()).extracting(EnrolledClass::id).containsExactly(created.id());
        accounts.signInAs(instructor.username());
        assertThat(classrooms.rosterOf(created.id()).students()).extracting(ClassRoster.Member::studentId)
                .containsExactly(student.id());
    }

    @Test
    void a_wrong_join_code_is_refused_with_a_message_and_enrols_nobody() {
        newClassTaughtBy(accounts.instructor());
        accounts.signInAs(accounts.student().username());

        assertThatThrownBy(() -> classrooms.joinWithCode("ZZZZ-ZZZZ"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("No class has the join code");
        assertThatThrownBy(() -> classrooms.joinWithCode("not a code"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("8 letters and digits");
        assertThat(classrooms.myEnrolledClasses()).isEmpty();
    }

    @Test
    void anonymous_visitor_registers_with_a_join_code_and_is_enrolled() {
        TaughtClass created = newClassTaughtBy(accounts.instructor());
        accounts.signOut();
        String username = TestAccounts.uniqueUsername("newbie");

        long classId = classrooms.registerWithJoinCode(created.joinCode(), username, "New Student", "long-enough-1");

        assertThat(classId).isEqualTo(created.id());
        accounts.signInAs(username);
        assertThat(classrooms.myEnrolledClasses()).extracting(EnrolledClass::name).containsExactly(created.name());
    }

    @Test
    void registration_with_a_bad_code_creates_no_account() {
        accounts.signOut();
        String username = TestAccounts.uniqueUsername("lost");
        assertThatThrownBy(() -> classrooms.registerWithJoinCode("QQQQ-QQQQ", username, "Lost", "long-enough-1"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accounts.principalOf(username))
                .hasMessageContaining("No such account");
    }

    @Test
    void registration_refuses_a_short_or_common_password_and_a_taken_username() {
        AccountSummary existing = accounts.student();
        TaughtClass created = newClassTaughtBy(accounts.instructor());
        accounts.signOut();
        assertThatThrownBy(() -> classrooms.registerWithJoinCode(created.joinCode(),
                TestAccounts.uniqueUsername("short"), "Short", "nine-char"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> classrooms.registerWithJoinCode(created.joinCode(),
                TestAccounts.uniqueUsername("common"), "Common", "Password2026!"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("common passwords");
        assertThatThrownBy(() -> classrooms.registerWithJoinCode(created.joinCode(),
                existing.username().toUpperCase(), "Copy", "long-enough-1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> classrooms.registerWithJoinCode(created.joinCode(),
                TestAccounts.uniqueUsername("long"), "Long", "é".repeat(40)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 72");
    }

    @Test
    void instructor_cannot_see_the_roster_of_another_instructors_class() {
        TaughtClass created = newClassTaughtBy(accounts.instructor());
        accounts.signInAs(accounts.instructor().username());

        assertThatThrownBy(() -> classrooms.rosterOf(created.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.enrolStudent(created.id(), accounts.student().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(classrooms.accessTo(created.id())).isEqualTo(ClassAccess.NONE);
    }

    @Test
    void student_cannot_open_a_class_they_are_not_in_nor_act_as_an_instructor() {
        TaughtClass created = newClassTaughtBy(accounts.instructor());
        accounts.signInAs(accounts.student().username());

        assertThatThrownBy(() -> classrooms.classForMember(created.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.rosterOf(created.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.createClass("Mine")).isInstanceOf(AccessDeniedException.class);
        assertThat(classrooms.accessTo(created.id())).isEqualTo(ClassAccess.NONE);
    }

    @Test
    void signed_in_users_cannot_use_registration_and_anonymous_visitors_cannot_list_classes() {
        TaughtClass created = newClassTaughtBy(accounts.instructor());
        assertThatThrownBy(() -> classrooms.registerWithJoinCode(created.joinCode(),
                TestAccounts.uniqueUsername("x"), "X", "long-enough-1")).isInstanceOf(AccessDeniedException.class);

        accounts.signOut();
        assertThatThrownBy(() -> classrooms.myEnrolledClasses()).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> classrooms.myTaughtClasses())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void instructor_may_enrol_only_student_accounts() {
        AccountSummary instructor = accounts.instructor();
        TaughtClass created = newClassTaughtBy(instructor);
        AccountSummary otherInstructor = accounts.instructor();
        accounts.signInAs(instructor.username());

        assertThatThrownBy(() -> classrooms.enrolStudent(created.id(), otherInstructor.id()))
                .isInstanceOf(ValidationException.class);
    }
}
