package org.sourcelens.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.StatementCounter;
import org.sourcelens.TestAccounts;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.ParagraphKind;
import org.sourcelens.classroom.ClassroomService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class GettingStartedServiceIT {

    @Autowired GettingStartedService gettingStarted;
    @Autowired ClassroomService classrooms;
    @Autowired ArticleService articles;
    @Autowired QuestionSetService questionSets;
    @Autowired AssignmentService assignments;
    @Autowired TestAccounts accounts;
    @Autowired StatementCounter statements;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_instructor_has_every_step_open() {
        accounts.signInAs(accounts.instructor().username());
        GettingStarted state = gettingStarted.mine();
        assertThat(state).isEqualTo(new GettingStarted(null, false, false, false));
        assertThat(state.classCreated()).isFalse();
        assertThat(state.complete()).isFalse();
    }

    @Test
    void each_step_is_done_when_its_own_data_exists() {
        accounts.signInAs(accounts.instructor().username());
        long classId = classrooms.createClass("First class").id();
        assertThat(gettingStarted.mine()).isEqualTo(new GettingStarted(classId, false, false, false));

        long articleId = articles.publish(draft("My own article"), ArticleVisibility.PRIVATE);
        assertThat(gettingStarted.mine().articleChosen()).isTrue();

        assertThat(questionSets.copyStarterSets()).isEqualTo(StarterSets.load().length);
        assertThat(questionSets.copyStarterSets()).as("copying again adds nothing").isZero();
        assertThat(gettingStarted.mine().questionSetReady()).isTrue();
        assertThat(gettingStarted.mine().complete()).isFalse();

        assignments.assignReading(classId, articleId);
        assertThat(gettingStarted.mine()).isEqualTo(new GettingStarted(classId, true, true, true));
        assertThat(gettingStarted.mine().complete()).isTrue();
    }

    @Test
    void picking_a_shared_article_and_assigning_it_with_a_set_counts_for_the_article_and_set_steps() {
        accounts.signInAs(accounts.instructor().username());
        long classId = classrooms.createClass("Picks from the library").id();
        long sharedArticle = articles.assignableArticles().getFirst().id();
        assignments.assignReading(classId, sharedArticle);
        GettingStarted state = gettingStarted.mine();
        assertThat(state.articleChosen()).as("a shared article assigned is an article picked").isTrue();
        assertThat(state.workAssigned()).isTrue();
        assertThat(state.questionSetReady()).as("a reading without questions is not a question set").isFalse();
    }

    @Test
    void the_steps_come_from_the_signed_in_instructors_data_only() {
        var busy = accounts.instructor();
        accounts.signInAs(busy.username());
        long classId = classrooms.createClass("Busy class").id();
        articles.publish(draft("Busy article"), ArticleVisibility.SHARED);
        questionSets.createSet("Busy set", null);
        assignments.assignReading(classId, articles.assignableArticles().getFirst().id());

        accounts.signInAs(accounts.instructor().username());
        assertThat(gettingStarted.mine()).isEqualTo(new GettingStarted(null, false, false, false));
    }

    @Test
    void an_archived_class_is_linked_only_when_no_class_is_in_use() {
        accounts.signInAs(accounts.instructor().username());
        long old = classrooms.createClass("Last year").id();
        classrooms.setArchived(old, true);
        assertThat(gettingStarted.mine().classToAssignIn()).isEqualTo(old);
        long current = classrooms.createClass("This year").id();
        classrooms.setArchived(current, false);
        assertThat(gettingStarted.mine().classToAssignIn()).isEqualTo(current);
    }

    @Test
    void the_checklist_costs_the_same_few_queries_for_one_class_or_many() {
        accounts.signInAs(accounts.instructor().username());
        long article = articles.assignableArticles().getFirst().id();
        long first = classrooms.createClass("One").id();
        assignments.assignReading(first, article);
        long withOne = statements.count(() -> gettingStarted.mine());
        for (int i = 0; i < 5; i++) {
            assignments.assignReading(classrooms.createClass("More " + i).id(), article);
        }
        long withSix = statements.count(() -> gettingStarted.mine());
        assertThat(withSix).isEqualTo(withOne).isLessThanOrEqualTo(4);
    }

    @Test
    void students_and_visitors_are_refused() {
        accounts.signInAs(accounts.student().username());
        assertThatThrownBy(() -> gettingStarted.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionSets.copyStarterSets()).isInstanceOf(AccessDeniedException.class);
        accounts.signOut();
        assertThatThrownBy(() -> gettingStarted.mine())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft(new ArticleMetadata(title, null, null, null, null, null, null),
                List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, "The council met on Tuesday.")),
                List.of(), List.of());
    }
}
