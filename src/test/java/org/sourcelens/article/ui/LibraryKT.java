package org.sourcelens.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleMetadata;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.LibraryEntry;
import org.sourcelens.article.ParagraphKind;
import org.springframework.beans.factory.annotation.Autowired;

/** The instructor's library: search, open an article, edit it into a new version, archive it. */
class LibraryKT extends KaribuTest {

    @Autowired
    ArticleService articles;

    String marker;
    long articleId;

    @BeforeEach
    void anInstructorWithOneArticle() {
        String instructor = testAccounts.instructor().username();
        signInAs(instructor);
        marker = "lib" + System.nanoTime();
        articleId = articles.publish(new ArticleDraft(
                new ArticleMetadata("Harbour " + marker, "Coastal Review", null, null, null, null, null),
                List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, "Fees doubled.")), List.of(), List.of()),
                ArticleVisibility.PRIVATE);
    }

    @SuppressWarnings("unchecked")
    private static List<LibraryEntry> gridRows() {
        Grid<LibraryEntry> grid = _get(Grid.class, spec -> spec.withId("library-grid"));
        return GridKt._findAll(grid);
    }

    @Test
    void searching_the_library_narrows_the_grid_to_matching_articles() {
        navigate("library");
        _setValue(_get(TextField.class, spec -> spec.withId("library-search")), marker.toUpperCase());

        assertThat(gridRows()).extracting(LibraryEntry::id).containsExactly(articleId);

        _setValue(_get(TextField.class, spec -> spec.withId("library-search")), marker + "-nothing");
        assertThat(gridRows()).isEmpty();
    }

    @Test
    void editing_the_text_shows_the_new_version_on_the_article_page() {
        navigate("library/" + articleId);
        assertThat(_get(Span.class, spec -> spec.withId("article-version")).getText()).isEqualTo("Version 1");
        _click(_get(Button.class, spec -> spec.withId("edit-article")));

        assertThat(currentView()).isEqualTo(EditArticleView.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("edit-text")), "Fees tripled.\n\n## Reactions\n\nAnger.");
        _click(_get(Button.class, spec -> spec.withId("save-article")));

        assertThat(currentView()).isEqualTo(ArticleView.class);
        assertThat(_get(Span.class, spec -> spec.withId("article-version")).getText()).isEqualTo("Version 2");
        assertThat(_get(H1.class, spec -> spec.withId("article-title")).getText()).isEqualTo("Harbour " + marker);
    }

    @Test
    void an_edit_without_running_text_is_refused_with_a_message_and_nothing_changes() {
        navigate("library/" + articleId + "/edit");
        _setValue(_get(TextArea.class, spec -> spec.withId("edit-text")), "## Only a heading");
        _click(_get(Button.class, spec -> spec.withId("save-article")));

        assertThat(currentView()).isEqualTo(EditArticleView.class);
        assertThat(_get(Div.class, spec -> spec.withId("edit-error")).getText()).contains("at least one paragraph");
        assertThat(articles.read(articleId).versionNo()).isEqualTo(1);
    }

    @Test
    void archiving_from_the_article_page_says_so_and_hides_it_from_the_library() {
        navigate("library/" + articleId);
        _click(_get(Button.class, spec -> spec.withId("archive-article")));

        assertThat(_get(Div.class, spec -> spec.withId("archived-notice")).getText()).contains("archived");
        navigate("library");
        _setValue(_get(TextField.class, spec -> spec.withId("library-search")), marker);
        assertThat(gridRows()).isEmpty();
    }
}
