package org.sourcelens.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.article.SourceMapComparison;
import org.springframework.beans.factory.annotation.Autowired;

/** The source map beside an article, and two seed articles' maps side by side. */
class SourceMapKT extends KaribuTest {

    @Autowired
    ArticleService articles;

    long bulletin;
    long broadcaster;

    @BeforeEach
    void signInAsTheDemoInstructor() {
        signInAs("teacher");
        List<ArticleSummary> library = articles.assignableArticles();
        bulletin = library.stream().filter(a -> a.title().startsWith("MEK in Albania")).findFirst().orElseThrow().id();
        broadcaster = library.stream().filter(a -> a.title().startsWith("Albania becomes")).findFirst().orElseThrow()
                .id();
    }

    @Test
    void the_article_page_shows_who_is_quoted_and_each_item_points_at_its_paragraph() {
        navigate("library/" + broadcaster);

        Aside map = _get(Aside.class, spec -> spec.withId("source-map"));
        UnorderedList speakers = _get(map, UnorderedList.class, spec -> spec.withId("speakers"));
        List<String> names = _find(speakers, Span.class, spec -> spec.withClasses("speaker-name")).stream()
                .map(Span::getText).toList();
        assertThat(names).contains("Olsi Jazexhi", "Seyed Mohammad Marandi");
        assertThat(_find(map, NativeButton.class, spec -> spec.withClasses("source-map-item")))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.getElement().getAttribute("data-anchor")).matches("p\\d+|note-\\d+"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void comparing_the_seed_pair_shows_whom_only_one_quotes_and_that_their_member_counts_differ() {
        UI.getCurrent().navigate("library/compare", QueryParameters.simple(
                Map.of("a", String.valueOf(bulletin), "b", String.valueOf(broadcaster))));

        Grid<SourceMapComparison.SpeakerRow> speakers = _get(Grid.class, spec -> spec.withId("compare-speakers"));
        assertThat(GridKt._findAll(speakers)).anySatisfy(row -> {
            assertThat(row.name()).endsWith("Jazexhi");
            assertThat(row.leftQuotes()).isZero();
            assertThat(row.rightQuotes()).isGreaterThan(3);
        });
        Grid<SourceMapComparison.FigureRow> figures = _get(Grid.class, spec -> spec.withId("compare-figures"));
        assertThat(GridKt._findAll(figures)).anySatisfy(row -> {
            assertThat(row.subject()).startsWith("member");
            assertThat(row.differ()).isTrue();
        });
    }
}
