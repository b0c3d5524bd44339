package org.sourcelens.assignment;

import java.util.List;
import org.sourcelens.article.ArticleService;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The getting-started checklist of a new instructor, read from what they have made so far. */
@Service
@Transactional(readOnly = true)
public class GettingStartedService {

    private final ClassroomService classrooms;
    private final ArticleService articles;
    private final QuestionSetRepository sets;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;

    GettingStartedService(ClassroomService classrooms, ArticleService articles, QuestionSetRepository sets,
            AssignmentRepository assignments, CurrentUser currentUser) {
        this.classrooms = classrooms;
        this.articles = articles;
        this.sets = sets;
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    /** The signed-in instructor's steps, in four queries whatever the size of the account. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public GettingStarted mine() {
        List<TaughtClass> taught = classrooms.myTaughtClasses();
        Long classToAssignIn = taught.stream().filter(c -> !c.archived()).findFirst()
                .or(() -> taught.stream().findFirst())
                .map(TaughtClass::id)
                .orElse(null);
        AssignedWork work = taught.isEmpty()
                ? new AssignedWork(false, false)
                : assignments.assignedWorkIn(taught.stream().map(TaughtClass::id).toList());
        boolean ownArticle = work.any() || articles.hasOwnArticles();
        boolean ownSet = work.withQuestions() || sets.existsByOwnerId(currentUser.id());
        return new GettingStarted(classToAssignIn, ownArticle, ownSet, work.any());
    }
}
