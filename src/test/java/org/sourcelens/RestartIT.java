package org.sourcelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.TaughtClass;
import org.sourcelens.security.SystemTask;
import org.sourcelens.security.SystemUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application started twice on the same file-mode H2 database, as a user would start it:
 * the second start keeps what the first had and what users added, and duplicates nothing.
 */
class RestartIT {

    @TempDir
    Path dataDir;

    private <T> T withApp(Function<ConfigurableApplicationContext, T> work) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .run("--sourcelens.data-dir=" + dataDir, "--server.port=0")) {
            return work.apply(app);
        }
    }

    private static <T> T asTeacher(ConfigurableApplicationContext app, Supplier<T> work) {
        return SystemTask.asUser(SystemTask.asAdministrator(
                () -> app.getBean(SystemUsers.class).principalOf("teacher")), work);
    }

    @Test
    void second_start_keeps_the_data_and_duplicates_no_seed_article_or_demo_class() throws Exception {
        TaughtClass created = withApp(app -> asTeacher(app,
                () -> app.getBean(ClassroomService.class).createClass("Made before the restart")));
        assertThat(Files.list(dataDir).toList()).anyMatch(file -> file.getFileName().toString().endsWith(".mv.db"));

        record Seen(List<String> classNames, List<ArticleSummary> articles) {
        }
        Seen afterRestart = withApp(app -> asTeacher(app, () -> new Seen(
                app.getBean(ClassroomService.class).myTaughtClasses().stream().map(TaughtClass::name).toList(),
                app.getBean(ArticleService.class).assignableArticles())));

        assertThat(afterRestart.classNames()).containsExactlyInAnyOrder("Made before the restart", "Media literacy (demo class)");
        assertThat(afterRestart.articles()).hasSize(2);
        assertThat(created.joinCode()).isNotBlank();
    }
}
