package org.sourcelens.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.article.SourceMapComparison;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/** Two articles' source maps side by side: who each quotes, what each cites, where their figures differ. */
@Route("library/compare")
@PageTitle("page.compare")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class CompareView extends Main implements BeforeEnterObserver {

    private final transient ArticleService articles;
    final ComboBox<ArticleSummary> left = new ComboBox<>(getTranslation("article.compare.first"));
    final ComboBox<ArticleSummary> right = new ComboBox<>(getTranslation("article.compare.second"));
    private final Div result = new Div();

    public CompareView(ArticleService articles) {
        this.articles = articles;
        addClassName("page");
        addClassName("page-wide");
        List<ArticleSummary> choices = articles.assignableArticles();
        for (ComboBox<ArticleSummary> box : List.of(left, right)) {
            box.setItems(choices);
            box.setItemLabelGenerator(a -> a.outlet() == null ? a.title() : a.title() + " — " + a.outlet());
            box.setWidth("min(36rem, 100%)");
        }
        left.setId("compare-left");
        right.setId("compare-right");
        Button compare = new Button(getTranslation("article.compare.compare"), click -> compareChosen());
        compare.setId("compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout pickers = new HorizontalLayout(left, right, compare);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        result.setId("comparison");
        add(new Anchor("library", getTranslation("article.backToLibrary")), new H1(getTranslation("article.compare.heading")), pickers, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> a = id(parameters, "a");
        Optional<Long> b = id(parameters, "b");
        if (a.isPresent() && b.isPresent()) {
            show(articles.compare(a.get(), b.get()));
            select(left, a.get());
            select(right, b.get());
        }
    }

    private void compareChosen() {
        if (left.getValue() == null || right.getValue() == null) {
            result.removeAll();
            result.add(new Paragraph(getTranslation("article.compare.chooseTwo")));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("library/compare", QueryParameters.simple(Map.of(
                "a", String.valueOf(left.getValue().id()), "b", String.valueOf(right.getValue().id())))));
    }

    private void show(SourceMapComparison comparison) {
        result.removeAll();
        String leftTitle = comparison.left().title();
        String rightTitle = comparison.right().title();

        Grid<SourceMapComparison.SpeakerRow> speakers = new Grid<>();
        speakers.setId("compare-speakers");
        speakers.addColumn(SourceMapComparison.SpeakerRow::name).setHeader(getTranslation("article.compare.quotedPerson")).setFlexGrow(2);
        speakers.addColumn(SourceMapComparison.SpeakerRow::leftQuotes).setHeader(getTranslation("article.compare.quotesFirst"));
        speakers.addColumn(SourceMapComparison.SpeakerRow::rightQuotes).setHeader(getTranslation("article.compare.quotesSecond"));
        speakers.setItems(comparison.speakers());
        speakers.setAllRowsVisible(true);

        Grid<SourceMapComparison.CitationRow> citations = new Grid<>();
        citations.setId("compare-citations");
        citations.addColumn(SourceMapComparison.CitationRow::source).setHeader(getTranslation("article.compare.cited")).setFlexGrow(2);
        citations.addColumn(SourceMapComparison.CitationRow::leftCount).setHeader(getTranslation("article.compare.inFirst"));
        citations.addColumn(SourceMapComparison.CitationRow::rightCount).setHeader(getTranslation("article.compare.inSecond"));
        citations.setItems(comparison.citations());
        citations.setAllRowsVisible(true);

        Grid<SourceMapComparison.FigureRow> figures = new Grid<>();
        figures.setId("compare-figures");
        figures.addColumn(SourceMapComparison.FigureRow::subject).setHeader(getTranslation("article.compare.countedThing"));
        figures.addColumn(row -> String.join("; ", row.left())).setHeader(getTranslation("article.compare.firstSays")).setFlexGrow(2);
        figures.addColumn(row -> String.join("; ", row.right())).setHeader(getTranslation("article.compare.secondSays")).setFlexGrow(2);
        figures.addColumn(row -> row.differ() ? getTranslation("article.compare.differ") : "").setHeader("");
        figures.setPartNameGenerator(row -> row.differ() ? "differ" : null);
        figures.setItems(comparison.figures());
        figures.setAllRowsVisible(true);

        result.add(new Paragraph(getTranslation("article.compare.titles", leftTitle, rightTitle)),
                new H2(getTranslation("article.compare.whoQuotes")), speakers, new H2(getTranslation("article.compare.whatCites")), citations,
                new H2(getTranslation("article.compare.figures")), figures);
    }

    private static void select(ComboBox<ArticleSummary> box, long id) {
        box.getListDataView().getItems().filter(a -> a.id() == id).findFirst().ifPresent(box::setValue);
    }

    private static Optional<Long> id(Map<String, List<String>> parameters, String name) {
        try {
            return Optional.ofNullable(parameters.get(name)).filter(v -> !v.isEmpty()).map(v -> Long.parseLong(v.getFirst()));
        } catch (NumberFormatException e) {
            throw new ValidationException(Texts.get("article.compare.badAddress"));
        }
    }
}
