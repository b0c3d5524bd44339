package org.sourcelens.assignment;

import java.time.Clock;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassAccess;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.EnrolledClass;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigning articles to classes and opening them; checks class membership on every call. */
@Service
@Transactional
public class AssignmentService {

    private static final String NO_SUCH_ASSIGNMENT = "This reading does not exist or is not assigned to you.";

    private final AssignmentRepository assignments;
    private final ClassroomService classrooms;
    private final ArticleService articles;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, ClassroomService classrooms, ArticleService articles,
            Clock clock) {
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.articles = articles;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Reading assignReading(long classId, long articleId) {
        if (classrooms.accessTo(classId) != ClassAccess.INSTRUCTOR) {
            throw new AccessDeniedException("You do not teach this class.");
        }
        if (assignments.existsByClassroomIdAndArticleId(classId, articleId)) {
            throw new ValidationException("This article is already assigned to the class.");
        }
        ArticleSummary article = articles.summary(articleId);
        Assignment saved = assignments.save(new Assignment(classId, articleId, article.title(), clock.instant()));
        return new Reading(saved.getId(), articleId, saved.getTitle(), saved.getCreatedAt());
    }

    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudentClassPage studentClassPage(long classId) {
        EnrolledClass classroom = classrooms.classForMember(classId);
        return new StudentClassPage(classroom, assignments.findReadings(classId));
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public InstructorClassPage instructorClassPage(long classId) {
        return new InstructorClassPage(classrooms.rosterOf(classId), assignments.findReadings(classId),
                articles.assignableArticles());
    }

    /** An assigned article in the reader, for the class's students and its instructor. */
    @PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR')")
    @Transactional(readOnly = true)
    public ReaderPage openReading(long assignmentId) {
        Assignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_ASSIGNMENT));
        if (!classrooms.accessTo(assignment.getClassroomId()).isMember()) {
            throw new AccessDeniedException(NO_SUCH_ASSIGNMENT);
        }
        EnrolledClass classroom = classrooms.classForMember(assignment.getClassroomId());
        return new ReaderPage(assignment.getId(), classroom.id(), classroom.name(),
                articles.read(assignment.getArticleId()));
    }
}
