package org.sourcelens.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class AssignmentServiceIT {

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ArticleService articles;

    @Autowired
    TestAccounts accounts;

    AccountSummary instructor;
    AccountSummary student;
    TaughtClass classroom;
    long articleId;

    @BeforeEach
    void aClassWithOneStudentAndOneReading() {
        instructor = accounts.instructor();
        student = accounts.student();
        accounts.signInAs(instructor.username());
        classroom = classrooms.createClass("Reading group " + instructor.id());
        classrooms.enrolStudent(classroom.id(), student.id());
        List<ArticleSummary> library = articles.assignableArticles();
        articleId = library.getFirst().id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void student_of_the_class_opens_an_assigned_article() {
        Reading reading = assignments.assignReading(classroom.id(), articleId);
        accounts.signInAs(student.username());

        ReaderPage page = assignments.openReading(reading.assignmentId());

        assertThat(page.classId()).isEqualTo(classroom.id());
        assertThat(page.article().articleId()).isEqualTo(articleId);
        assertThat(page.article().paragraphs()).isNotEmpty();
        assertThat(assignments.studentClassPage(classroom.id()).readings())
                .extracting(Reading::assignmentId).containsExactly(reading.assignmentId());
    }

    @Test
    void student_of_another_class_cannot_open_the_reading_nor_the_article_nor_the_class_page() {
        Reading reading = assignments.assignReading(classroom.id(), articleId);
        AccountSummary outsider = accounts.student();
        accounts.signInAs(outsider.username());

        assertThatThrownBy(() -> assignments.openReading(reading.assignmentId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.read(articleId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.studentClassPage(classroom.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void student_cannot_read_a_library_article_that_is_not_assigned_to_them() {
        long unassigned = articles.assignableArticles().stream().map(ArticleSummary::id)
                .filter(id -> id != articleId).findFirst().orElseThrow();
        assignments.assignReading(classroom.id(), articleId);
        accounts.signInAs(student.username());

        assertThat(articles.read(articleId).articleId()).isEqualTo(articleId);
        assertThatThrownBy(() -> articles.read(unassigned)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void instructor_of_another_class_cannot_assign_to_it_nor_open_its_readings() {
        Reading reading = assignments.assignReading(classroom.id(), articleId);
        accounts.signInAs(accounts.instructor().username());

        assertThatThrownBy(() -> assignments.assignReading(classroom.id(), articleId))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.openReading(reading.assignmentId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.instructorClassPage(classroom.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void students_cannot_assign_readings_and_an_article_is_assigned_to_a_class_once() {
        assignments.assignReading(classroom.id(), articleId);
        assertThatThrownBy(() -> assignments.assignReading(classroom.id(), articleId))
                .isInstanceOf(ValidationException.class);

        accounts.signInAs(student.username());
        assertThatThrownBy(() -> assignments.assignReading(classroom.id(), articleId))
                .isInstanceOf(AccessDeniedException.class);
    }
}
