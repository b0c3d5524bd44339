package org.sourcelens.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcelens.assignment.AssignmentRequest;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.PeerVisibility;
import org.sourcelens.assignment.QuestionSetDocument;
import org.sourcelens.assignment.QuestionSetService;
import org.sourcelens.assignment.StarterSets;
import org.sourcelens.assignment.Reading;
import org.sourcelens.article.ArticleService;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.sourcelens.security.Roles;
import org.sourcelens.security.SystemTask;
import org.sourcelens.security.SystemUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates what is missing of the demo on every start, so a second start duplicates nothing:
 * one instructor, a few students, the seed articles, a demo class reading both of them, and the
 * starter question sets assigned to it.
 */
@Component
@Profile("demo")
@Order(10)
class DemoContent implements ApplicationRunner {

    static final String INSTRUCTOR = "teacher";
    static final List<String[]> STUDENTS = List.of(
            new String[] {"amira", "Amira Haddad"},
            new String[] {"ben", "Ben Okafor"},
            new String[] {"chloe", "Chloé Martin"});
    static final String DEMO_CLASS = "Media literacy (demo class)";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final AccountService accounts;
    private final SystemUsers systemUsers;
    private final ArticleService articles;
    private final ClassroomService classrooms;
    private final AssignmentService assignments;
    private final QuestionSetService questionSets;
    private final Clock clock;
    private final String password;

    DemoContent(AccountService accounts, SystemUsers systemUsers, ArticleService articles,
            ClassroomService classrooms, AssignmentService assignments, QuestionSetService questionSets, Clock clock,
            @Value("${sourcelens.demo.password}") String password) {
        this.questionSets = questionSets;
        this.clock = clock;
        this.accounts = accounts;
        this.systemUsers = systemUsers;
        this.articles = articles;
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTask.asAdministrator(() -> {
            ensureAccount(INSTRUCTOR, "Ms. Rivera", Roles.INSTRUCTOR);
            List<Long> studentIds = STUDENTS.stream()
                    .map(student -> ensureAccount(student[0], student[1], Roles.STUDENT).id())
                    .toList();
            List<Long> articleIds = articles.importSeedArticles();
            SystemTask.asUser(systemUsers.principalOf(INSTRUCTOR), () -> {
                setUpDemoClass(studentIds, articleIds);
                return null;
            });
            return null;
        });
        log.info("Demo content ready: instructor \"{}\", students {}, class \"{}\".", INSTRUCTOR,
                STUDENTS.stream().map(s -> s[0]).toList(), DEMO_CLASS);
    }

    private AccountSummary ensureAccount(String username, String displayName, String role) {
        return accounts.findByUsername(username)
                .orElseGet(() -> accounts.createAccount(username, displayName, password, role));
    }

    private void setUpDemoClass(List<Long> studentIds, List<Long> articleIds) {
        long classId = classrooms.myTaughtClasses().stream()
                .filter(taught -> taught.name().equals(DEMO_CLASS))
                .findFirst()
                .orElseGet(() -> classrooms.createClass(DEMO_CLASS))
                .id();
        studentIds.forEach(studentId -> classrooms.enrolStudent(classId, studentId));
        Set<Long> assigned = assignments.instructorClassPage(classId).readings().stream()
                .map(Reading::articleId)
                .collect(Collectors.toSet());
        articleIds.stream()
                .filter(articleId -> !assigned.contains(articleId))
                .forEach(articleId -> assignments.assignReading(classId, articleId));
        assignStarterSets(classId, articleIds);
    }

    /**
     * The starter question sets (one per seed article and one comparing them) go to the demo
     * instructor and are assigned to the demo class, due a week after the first start.
     */
    private void assignStarterSets(long classId, List<Long> articleIds) {
        Set<String> existing = questionSets.mySets().stream().map(set -> set.title()).collect(Collectors.toSet());
        QuestionSetDocument[] starters = StarterSets.load();
        Instant due = clock.instant().plus(Duration.ofDays(7));
        for (int i = 0; i < starters.length; i++) {
            QuestionSetDocument starter = starters[i];
            if (existing.contains(starter.title())) {
                continue;
            }
            long setId = questionSets.importDocument(starter);
            boolean comparison = i == 2;
            assignments.assign(classId, new AssignmentRequest(articleIds.get(comparison ? 0 : i),
                    comparison ? articleIds.get(1) : null, setId, starter.title(), null, due,
                    PeerVisibility.AFTER_SUBMIT, true, true));
        }
    }
}
