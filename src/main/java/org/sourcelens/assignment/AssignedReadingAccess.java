package org.sourcelens.assignment;

import java.util.Set;
import org.sourcelens.article.ArticleReadAccess;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.security.CurrentUser;
import org.sourcelens.security.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A student may read an article that is assigned in one of their classes. */
@Component
class AssignedReadingAccess implements ArticleReadAccess {

    private final AssignmentRepository assignments;
    private final ClassroomService classrooms;
    private final CurrentUser currentUser;

    AssignedReadingAccess(AssignmentRepository assignments, ClassroomService classrooms, CurrentUser currentUser) {
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean currentStudentMayRead(long articleId) {
        if (!currentUser.hasRole(Roles.STUDENT)) {
            return false;
        }
        Set<Long> classIds = classrooms.myEnrolledClassIds();
        return !classIds.isEmpty() && assignments.isAssignedInAnyOf(articleId, classIds);
    }
}
