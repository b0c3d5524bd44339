package org.sourcelens.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.assignment.AssignmentFixture;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.assignment.Workspace;
import org.sourcelens.base.ui.AccessDeniedView;
import org.sourcelens.base.ui.NotFoundView;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.ServiceAccessMatrixIT.Who;
import org.sourcelens.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access-control matrix of every route, for the same six kinds of user as the service matrix:
 * allowed users reach the view; others are sent to the login page (anonymous), refused by the route's
 * role, or shown "access denied" by the service behind the view. The routes are read from the views
 * themselves, so a new route without an entry fails this test.
 */
class RouteAccessMatrixKT extends KaribuTest {

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> STUDENTS = EnumSet.of(Who.STUDENT, Who.OTHER_STUDENT);
    private static final Set<Who> INSTRUCTORS = EnumSet.of(Who.INSTRUCTOR, Who.OTHER_INSTRUCTOR);
    private static final Set<Who> LIBRARIANS = EnumSet.of(Who.INSTRUCTOR, Who.OTHER_INSTRUCTOR, Who.ADMIN);
    private static final Set<Who> THE_CLASS = EnumSet.of(Who.STUDENT, Who.INSTRUCTOR);
    private static final Set<Who> THE_STUDENT = EnumSet.of(Who.STUDENT);
    private static final Set<Who> THE_INSTRUCTOR = EnumSet.of(Who.INSTRUCTOR);

    @Autowired AssignmentFixture fixture;
    @Autowired ClassroomService classrooms;
    @Autowired ArticleService articles;
    @Autowired AssignmentService assignments;
    @Autowired SubmissionService submissions;
    @Autowired HighlightService highlights;

    record Entry(String path, Set<Who> allowed) {
    }

    @Test
    void every_route_is_reached_or_refused_for_each_kind_of_user_as_the_matrix_says() {
        AssignmentFixture.Setup a = fixture.create();
        long question = submissions.workspace(a.assignmentId()).questions().get(2).questionId();
        var instructorB = testAccounts.instructor();
        var studentB = testAccounts.student();
        signInAs(instructorB.username());
        TaughtClass classB = classrooms.createClass("Route class B " + instructorB.id());
        classrooms.enrolStudent(classB.id(), studentB.id());
        signInAs(a.instructor().username());
        long privateArticle = articles.publish(new ArticleDraft(new ArticleMetadata("Route private "
                + a.instructor().id(), null, null, null, null, null, null), List.of(new ArticleDraft.Block(
                ParagraphKind.PARAGRAPH, "Fees at the harbour doubled on Monday.")), List.of(), List.of()),
                ArticleVisibility.PRIVATE);
        long reading = assignments.assignReading(a.classroom().id(), privateArticle).assignmentId();
        signInAs(a.student().username());
        highlights.create(reading, new Position("p1", 0, "p1", 4), "claim", null);
        Map<Who, String> usernames = Map.of(Who.STUDENT, a.student().username(), Who.OTHER_STUDENT,
                studentB.username(), Who.INSTRUCTOR, a.instructor().username(), Who.OTHER_INSTRUCTOR,
                instructorB.username(), Who.ADMIN, "admin");

        long classA = a.classroom().id();
        long assignment = a.assignmentId();
        Map<String, Entry> matrix = new LinkedHashMap<>();
        matrix.put("", new Entry("", SIGNED_IN));
        matrix.put("login", new Entry("login", EVERYONE));
        matrix.put("register", new Entry("register", EVERYONE));
        matrix.put("classes", new Entry("classes", STUDENTS));
        matrix.put("classes/:classId(\\d+)", new Entry("classes/" + classA, THE_STUDENT));
        matrix.put("assignments", new Entry("assignments", STUDENTS));
        matrix.put("assignments/:assignmentId(\\d+)", new Entry("assignments/" + assignment, THE_STUDENT));
        matrix.put("read/:assignmentId(\\d+)", new Entry("read/" + reading, THE_CLASS));
        matrix.put("teach", new Entry("teach", INSTRUCTORS));
        matrix.put("teach/:classId(\\d+)", new Entry("teach/" + classA, THE_INSTRUCTOR));
        matrix.put("teach/:classId(\\d+)/tags", new Entry("teach/" + classA + "/tags", THE_INSTRUCTOR));
        matrix.put("teach/assignments/:assignmentId(\\d+)", new Entry("teach/assignments/" + assignment, THE_INSTRUCTOR));
        matrix.put("teach/assignments/:assignmentId(\\d+)/highlights",
                new Entry("teach/assignments/" + reading + "/highlights", THE_INSTRUCTOR));
        matrix.put("teach/assignments/:assignmentId(\\d+)/grade/:questionId(\\d+)",
                new Entry("teach/assignments/" + assignment + "/grade/" + question, THE_INSTRUCTOR));
        matrix.put("teach/assignments/:assignmentId(\\d+)/students/:studentId(\\d+)",
                new Entry("teach/assignments/" + assignment + "/students/" + a.student().id(), THE_INSTRUCTOR));
        matrix.put("question-sets", new Entry("question-sets", INSTRUCTORS));
        matrix.put("question-sets/:setId(\\d+)", new Entry("question-sets/" + a.setId(), THE_INSTRUCTOR));
        matrix.put("library", new Entry("library", LIBRARIANS));
        matrix.put("library/import", new Entry("library/import", LIBRARIANS));
        matrix.put("library/compare", new Entry("library/compare", LIBRARIANS));
        matrix.put("library/:articleId(\\d+)", new Entry("library/" + privateArticle,
                EnumSet.of(Who.INSTRUCTOR, Who.ADMIN)));
        matrix.put("library/:articleId(\\d+)/edit", new Entry("library/" + privateArticle + "/edit",
                EnumSet.of(Who.INSTRUCTOR, Who.ADMIN)));
        matrix.put("test/chart", new Entry("test/chart", EVERYONE));
        matrix.put("admin/audit", new Entry("admin/audit", EnumSet.of(Who.ADMIN)));
        matrix.put("admin/students", new Entry("admin/students", EnumSet.of(Who.ADMIN)));
        matrix.put("admin/users", new Entry("admin/users", EnumSet.of(Who.ADMIN)));
        matrix.put("account/password", new Entry("account/password", SIGNED_IN));

        Set<String> routes = new TreeSet<>();
        for (Class<? extends Component> view : new com.github.mvysny.kaributesting.v10.Routes()
                .autoDiscoverViews("org.sourcelens").getRoutes()) {
            if (view.isAnnotationPresent(Route.class)) {
                routes.add(view.getAnnotation(Route.class).value());
            }
        }
        assertThat(new TreeSet<>(matrix.keySet())).as("routes without an entry in the access matrix").isEqualTo(routes);

        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Entry entry : matrix.values()) {
            for (Who who : Who.values()) {
                cases++;
                setUpVaadinAgain();
                if (who != Who.ANONYMOUS) {
                    signInAs(usernames.get(who));
                }
                String outcome;
                try {
                    navigate(entry.path());
                    Class<? extends Component> view = currentView();
                    outcome = view == LoginView.class && !entry.path().equals("login") ? "login"
                            : view == AccessDeniedView.class ? "denied" : view == NotFoundView.class ? "not found"
                            : "reached";
                } catch (MockAccessDeniedException e) {
                    outcome = "denied";
                }
                boolean allowed = entry.allowed().contains(who);
                String expected = allowed ? "reached" : who == Who.ANONYMOUS ? "login" : "denied";
                if (!outcome.equals(expected)) {
                    wrong.add(entry.path() + " as " + who + ": " + outcome + ", expected " + expected);
                }
            }
        }
        System.out.printf("Route access matrix: %d routes x %d kinds of user = %d cases%n", matrix.size(),
                Who.values().length, cases);
        assertThat(wrong).as("route access deviations").isEmpty();
    }
}
