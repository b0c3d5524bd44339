package org.sourcelens.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.assignment.AssignmentService;
import org.sourcelens.assignment.InstructorClassPage;
import org.sourcelens.assignment.StarterSets;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class DemoContentIT {

    @Autowired
    DemoContent demoContent;

    @Autowired
    ArticleService articles;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    AssignmentService assignments;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void starting_twice_keeps_two_seed_articles_one_demo_class_each_student_and_each_starter_set_once() {
        demoContent.run(new DefaultApplicationArguments());
        demoContent.run(new DefaultApplicationArguments());

        accounts.signInAs(DemoContent.INSTRUCTOR);
        List<ArticleSummary> seeds = articles.assignableArticles().stream()
                .filter(article -> article.title().startsWith("MEK in Albania")
                        || article.title().startsWith("Albania becomes a frontline"))
                .toList();
        assertThat(seeds).hasSize(2);
        List<TaughtClass> demoClasses = classrooms.myTaughtClasses().stream()
                .filter(taught -> taught.name().equals(DemoContent.DEMO_CLASS))
                .toList();
        assertThat(demoClasses).hasSize(1);
        InstructorClassPage page = assignments.instructorClassPage(demoClasses.getFirst().id());
        assertThat(page.roster().students()).extracting(member -> member.username())
                .containsExactlyInAnyOrder("amira", "ben", "chloe");
        long bulletin = seeds.stream().filter(a -> a.title().startsWith("MEK")).findFirst().orElseThrow().id();
        long feature = seeds.stream().filter(a -> a.title().startsWith("Albania")).findFirst().orElseThrow().id();
        assertThat(page.readings()).extracting(reading -> reading.articleId())
                .containsExactlyInAnyOrder(bulletin, feature, bulletin, feature, bulletin);
        assertThat(page.questionSets()).extracting(set -> set.title())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(StarterSets.load()).map(s -> s.title())
                        .toArray(String[]::new));
    }
}
