package org.sourcelens.assignment;

import java.time.Instant;
import java.util.List;
import org.sourcelens.TestAccounts;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.AccountSummary;
import org.springframework.stereotype.Component;

/** A class with a student and an assignment of every question type on a seed article, for tests. */
@Component
public class AssignmentFixture {

    private final TestAccounts accounts;
    private final ClassroomService classrooms;
    private final QuestionSetService questionSets;
    private final AssignmentService assignments;
    private final ArticleService articles;

    AssignmentFixture(TestAccounts accounts, ClassroomService classrooms, QuestionSetService questionSets,
            AssignmentService assignments, ArticleService articles) {
        this.accounts = accounts;
        this.classrooms = classrooms;
        this.questionSets = questionSets;
        this.assignments = assignments;
        this.articles = articles;
    }

    public record Setup(AccountSummary instructor, AccountSummary student, TaughtClass classroom, long setId,
            long assignmentId, ArticleContent article) {
    }

    public Setup create(Instant opensAt, Instant dueAt, boolean lateAllowed) {
        return create(opensAt, dueAt, lateAllowed, true);
    }

    public Setup createHidingCorrectAnswers() {
        return create(null, null, true, false);
    }

    private Setup create(Instant opensAt, Instant dueAt, boolean lateAllowed, boolean showCorrect) {
        AccountSummary instructor = accounts.instructor();
        AccountSummary student = accounts.student();
        accounts.signInAs(instructor.username());
        TaughtClass classroom = classrooms.createClass("Assignments " + instructor.id());
        classrooms.enrolStudent(classroom.id(), student.id());
        ArticleSummary seed = articles.assignableArticles().stream()
                .filter(a -> a.title().startsWith("Albania becomes")).findFirst().orElseThrow();
        ArticleContent article = articles.read(seed.id());
        long setId = questionSets.createSet("Every type", "One question of each type");
        for (QuestionSpec question : everyType(article)) {
            questionSets.addQuestion(setId, question);
        }
        long assignmentId = assignments.assign(classroom.id(), new AssignmentRequest(seed.id(), null, setId, null,
                opensAt, dueAt, PeerVisibility.AFTER_SUBMIT, lateAllowed, showCorrect)).assignmentId();
        accounts.signInAs(student.username());
        return new Setup(instructor, student, classroom, setId, assignmentId, article);
    }

    /** Another student in the setup's class; leaves the new student signed in. */
    public AccountSummary addStudent(Setup setup) {
        AccountSummary student = accounts.student();
        accounts.signInAs(setup.instructor().username());
        classrooms.enrolStudent(setup.classroom().id(), student.id());
        accounts.signInAs(student.username());
        return student;
    }

    public Setup create() {
        return create(null, null, true);
    }

    /**
     * A class with the first seed article as a plain reading (for highlights) and an assignment on both
     * seed articles with every question type: questions 1-5 as {@link #everyType}, 6 a comparison.
     * Leaves the student signed in.
     */
    public Setup createReadingAndComparison() {
        AccountSummary instructor = accounts.instructor();
        AccountSummary student = accounts.student();
        accounts.signInAs(instructor.username());
        TaughtClass classroom = classrooms.createClass("Comparing " + instructor.id());
        classrooms.enrolStudent(classroom.id(), student.id());
        ArticleSummary seed = seed("Albania becomes");
        ArticleSummary other = seed("MEK in Albania");
        ArticleContent article = articles.read(seed.id());
        long setId = questionSets.createSet("Six types", "Every question type, with a comparison");
        for (QuestionSpec question : everyType(article)) {
            questionSets.addQuestion(setId, question);
        }
        questionSets.addQuestion(setId, new QuestionSpec(QuestionType.COMPARISON, Dimension.BIAS, 3,
                "Which of the two articles gives its sources more room?", List.of(), QuestionSpec.defaultRubric(),
                null, List.of(), 0));
        assignments.assignReading(classroom.id(), seed.id());
        long assignmentId = assignments.assign(classroom.id(), new AssignmentRequest(seed.id(), other.id(), setId,
                null, null, null, PeerVisibility.AFTER_SUBMIT, true, false)).assignmentId();
        accounts.signInAs(student.username());
        return new Setup(instructor, student, classroom, setId, assignmentId, article);
    }

    private ArticleSummary seed(String titleStart) {
        return articles.assignableArticles().stream().filter(a -> a.title().startsWith(titleStart)).findFirst()
                .orElseThrow();
    }

    /** Questions 1-5: single choice (option 1 right), multiple choice (0 and 2 right), short answer, rating, highlight. */
    static List<QuestionSpec> everyType(ArticleContent article) {
        ArticleContent.Paragraph keyParagraph = article.paragraphs().stream()
                .filter(p -> p.text().contains("more than 4,000 members")).findFirst().orElseThrow();
        Passage key = new Passage(article.versionNo(), keyParagraph.anchor(), 0, keyParagraph.anchor(),
                keyParagraph.text().length(), keyParagraph.text());
        return List.of(
                new QuestionSpec(QuestionType.SINGLE_CHOICE, Dimension.SOURCING, 2, "Who published this article?",
                        List.of(new QuestionSpec.Option("The MEK", false, "No: the MEK is its subject."),
                                new QuestionSpec.Option("TRT World", true, "Yes: the text names TRT World."),
                                new QuestionSpec.Option("NBC News", false, "No: NBC News is only cited.")),
                        List.of(), null, List.of(), 0),
                new QuestionSpec(QuestionType.MULTIPLE_CHOICE, Dimension.BIAS, 2, "Whom does the article quote?",
                        List.of(new QuestionSpec.Option("Olsi Jazexhi", true, "Quoted many times."),
                                new QuestionSpec.Option("A MEK spokesperson", false, "No one from the MEK is quoted."),
                                new QuestionSpec.Option("Seyed Mohammad Marandi", true, "Quoted several times.")),
                        List.of(), null, List.of(), 0),
                new QuestionSpec(QuestionType.SHORT_ANSWER, Dimension.SOURCING, 3, "Who is behind this article?",
                        List.of(), QuestionSpec.defaultRubric(), null, List.of(), 0),
                new QuestionSpec(QuestionType.RATING_SCALE, Dimension.EVIDENCE, 2,
                        "How strong is the evidence that the MEK is financed by Israeli intelligence?", List.of(),
                        QuestionSpec.defaultRubric(), new QuestionSpec.Scale(1, 5, "Very weak", "Very strong"),
                        List.of(), 0),
                new QuestionSpec(QuestionType.HIGHLIGHT_EVIDENCE, Dimension.EVIDENCE, 2,
                        "Highlight the figure the article gives for the members Albania took in.", List.of(),
                        List.of(), null, List.of(key), 0));
    }
}
