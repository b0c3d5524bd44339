package org.sourcelens.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleService;
import org.sourcelens.base.ValidationException;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class QuestionSetServiceIT {

    @Autowired
    QuestionSetService questionSets;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ArticleService articles;

    @Autowired
    TestAccounts accounts;

    ArticleContent article;
    long setId;

    @BeforeEach
    void anInstructorWithASetOfEveryType() {
        accounts.signInAs(accounts.instructor().username());
        article = articles.read(articles.assignableArticles().stream()
                .filter(a -> a.title().startsWith("Albania becomes")).findFirst().orElseThrow().id());
        setId = questionSets.createSet("Every type", null);
        AssignmentFixture.everyType(article).forEach(q -> questionSets.addQuestion(setId, q));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<String> prompts() {
        return questionSets.set(setId).questions().stream().map(i -> i.spec().prompt()).toList();
    }

    @Test
    void questions_are_reordered_duplicated_and_deleted_keeping_numbers_one_to_n() {
        List<QuestionSetDetails.Item> items = questionSets.set(setId).questions();
        questionSets.moveQuestion(items.get(2).id(), -2);
        assertThat(prompts().getFirst()).isEqualTo("Who is behind this article?");

        long copy = questionSets.duplicateQuestion(items.get(0).id());
        assertThat(questionSets.set(setId).questions()).extracting(QuestionSetDetails.Item::number)
                .containsExactly(1, 2, 3, 4, 5, 6);
        questionSets.deleteQuestion(copy);
        questionSets.moveQuestion(items.get(4).id(), 10);
        assertThat(prompts()).hasSize(5).last().asString().startsWith("Highlight");
    }

    @Test
    void incomplete_questions_are_refused_with_a_message() {
        QuestionSpec noCorrect = new QuestionSpec(QuestionType.SINGLE_CHOICE, Dimension.BIAS, 1, "Which?",
                List.of(new QuestionSpec.Option("A", false, ""), new QuestionSpec.Option("B", false, "")),
                List.of(), null, List.of(), 0);
        assertThatThrownBy(() -> questionSets.addQuestion(setId, noCorrect))
                .isInstanceOf(ValidationException.class).hasMessageContaining("exactly one option");
        QuestionSpec noKey = new QuestionSpec(QuestionType.HIGHLIGHT_EVIDENCE, Dimension.EVIDENCE, 1, "Highlight",
                List.of(), List.of(), null, List.of(), 0);
        assertThatThrownBy(() -> questionSets.addQuestion(setId, noKey))
                .isInstanceOf(ValidationException.class).hasMessageContaining("key passage");
        QuestionSpec badScale = new QuestionSpec(QuestionType.RATING_SCALE, Dimension.EVIDENCE, 1, "Rate",
                List.of(), QuestionSpec.defaultRubric(), new QuestionSpec.Scale(5, 1, "", ""), List.of(), 0);
        assertThatThrownBy(() -> questionSets.addQuestion(setId, badScale)).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_set_exported_as_json_imports_as_an_equal_copy_and_bad_files_are_refused() {
        String json = questionSets.exportJson(setId);
        long copy = questionSets.importJson(json);

        assertThat(questionSets.set(copy).questions()).extracting(QuestionSetDetails.Item::spec)
                .containsExactlyElementsOf(questionSets.set(setId).questions().stream()
                        .map(QuestionSetDetails.Item::spec).toList());
        assertThatThrownBy(() -> questionSets.importJson("{not json")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> questionSets.importJson(json.replace(QuestionSetDocument.FORMAT, "other/9")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("format");
    }

    @Test
    void key_passages_are_located_from_quotes_copied_out_of_the_article() {
        String sentence = "The MEK is a militant political organisation that subscribes to an unusual mixture of "
                + "Marxist and Islamic ideology.";
        List<Passage> passages = questionSets.locatePassages(article.articleId(), List.of(sentence));

        ArticleContent.Paragraph paragraph = article.paragraphs().stream()
                .filter(p -> p.anchor().equals(passages.getFirst().startAnchor())).findFirst().orElseThrow();
        assertThat(paragraph.text().substring(passages.getFirst().startOffset(), passages.getFirst().endOffset()))
                .isEqualTo(sentence);
        assertThatThrownBy(() -> questionSets.locatePassages(article.articleId(), List.of("Not in the article.")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not in the article");
    }

    @Test
    void assigning_copies_the_questions_so_later_edits_do_not_change_live_work() {
        TaughtClass classroom = classrooms.createClass("Snapshot class");
        long assignmentId = assignments.assign(classroom.id(), new AssignmentRequest(article.articleId(), null, setId,
                null, null, null, PeerVisibility.NEVER, true, true)).assignmentId();
        QuestionSetDetails.Item first = questionSets.set(setId).questions().getFirst();
        questionSets.updateQuestion(first.id(), new QuestionSpec(first.spec().type(), first.spec().dimension(),
                first.spec().points(), "Changed afterwards", first.spec().options(), List.of(), null, List.of(), 0));

        var student = accounts.student();
        classrooms.enrolStudent(classroom.id(), student.id());
        accounts.signInAs(student.username());
        assertThat(submissionsOf().workspace(assignmentId).questions().getFirst().question().prompt())
                .isEqualTo("Who published this article?");
    }

    @Autowired
    SubmissionService submissionService;

    private SubmissionService submissionsOf() {
        return submissionService;
    }

    @Test
    void a_comparison_set_needs_a_second_article() {
        questionSets.addQuestion(setId, new QuestionSpec(QuestionType.COMPARISON, Dimension.BIAS, 2,
                "Compare who each article quotes.", List.of(), QuestionSpec.defaultRubric(), null, List.of(), 0));
        TaughtClass classroom = classrooms.createClass("Comparison class");
        assertThatThrownBy(() -> assignments.assign(classroom.id(), new AssignmentRequest(article.articleId(), null,
                setId, null, null, null, PeerVisibility.NEVER, true, true)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("second article");
    }

    @Test
    void another_instructor_and_students_cannot_see_or_change_the_set() {
        long question = questionSets.set(setId).questions().getFirst().id();
        QuestionSpec spec = AssignmentFixture.everyType(article).getFirst();
        accounts.signInAs(accounts.instructor().username());
        assertThatThrownBy(() -> questionSets.set(setId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.editor(setId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.rename(setId, "Mine now", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.updateQuestion(question, spec)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.duplicateQuestion(question)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.moveQuestion(question, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.deleteSet(setId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.exportJson(setId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.deleteQuestion(question)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.addQuestion(setId, AssignmentFixture.everyType(article).getFirst()))
                .isInstanceOf(AccessDeniedException.class);
        TaughtClass own = classrooms.createClass("Not my set");
        assertThatThrownBy(() -> assignments.assign(own.id(), new AssignmentRequest(article.articleId(), null, setId,
                null, null, null, PeerVisibility.NEVER, true, true))).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(accounts.student().username());
        assertThatThrownBy(() -> questionSets.mySets()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.createSet("Student set", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.importJson("{}")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.locatePassages(article.articleId(), List.of("MEK")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.set(setId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_assigned_set_cannot_be_deleted_and_keys_that_are_not_in_the_chosen_article_are_refused() {
        TaughtClass classroom = classrooms.createClass("Keys class");
        long otherArticle = articles.assignableArticles().stream()
                .filter(a -> a.title().startsWith("MEK in Albania")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> assignments.assign(classroom.id(), new AssignmentRequest(otherArticle, null, setId,
                null, null, null, PeerVisibility.NEVER, true, true)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Question 5 marks key passages");

        assignments.assign(classroom.id(), new AssignmentRequest(article.articleId(), null, setId, null, null, null,
                PeerVisibility.NEVER, true, true));
        assertThatThrownBy(() -> questionSets.deleteSet(setId))
                .isInstanceOf(ValidationException.class).hasMessageContaining("assigned");
        long unused = questionSets.createSet("Unused", null);
        questionSets.deleteSet(unused);
        assertThat(questionSets.mySets()).extracting(QuestionSetSummary::id).doesNotContain(unused);
    }
}
