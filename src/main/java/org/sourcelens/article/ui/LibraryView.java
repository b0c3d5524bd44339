package org.sourcelens.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.LibraryEntry;
import org.sourcelens.article.LibraryFilter;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.security.Roles;

/** The article library: search by title or outlet, page through it lazily, open or import an article. */
@Route("library")
@PageTitle("page.library")
@Menu(title = "menu.library", order = 2)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class LibraryView extends Main {

    private final transient ArticleService articles;
    private final TextField search = new TextField();
    private final Checkbox showArchived = new Checkbox(getTranslation("article.library.showArchived"));
    final Grid<LibraryEntry> grid = new Grid<>(LibraryEntry.class, false);

    public LibraryView(ArticleService articles) {
        this.articles = articles;
        addClassName("page");
        addClassName("page-wide");

        search.setId("library-search");
        search.setPlaceholder(getTranslation("article.library.search"));
        search.setAriaLabel(getTranslation("article.library.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        showArchived.setId("show-archived");
        showArchived.addValueChangeListener(event -> refresh());
        Button importArticle = new Button(getTranslation("article.library.import"),
                click -> getUI().ifPresent(ui -> ui.navigate("library/import")));
        importArticle.setId("import-article");
        importArticle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button compare = new Button(getTranslation("article.library.compare"),
                click -> getUI().ifPresent(ui -> ui.navigate("library/compare")));
        compare.setId("compare-articles");
        HorizontalLayout tools = new HorizontalLayout(search, showArchived, importArticle, compare);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        grid.setId("library-grid");
        grid.addComponentColumn(entry -> new Anchor("library/" + entry.id(), entry.title()))
                .setHeader(getTranslation("article.library.title")).setFlexGrow(3);
        grid.addColumn(entry -> entry.outlet() == null ? getTranslation("article.notStated") : entry.outlet()).setHeader(getTranslation("article.library.outlet"));
        grid.addColumn(entry -> getTranslation(entry.visibility() == ArticleVisibility.SHARED ? "article.library.shared" : "article.library.private")
                + (entry.mine() ? getTranslation("article.library.yours") : "")).setHeader(getTranslation("article.library.visibility"));
        grid.addColumn(entry -> getTranslation(entry.archived() ? "article.library.archived" : "article.library.inUse")).setHeader(getTranslation("article.library.status"));
        grid.addColumn(LibraryEntry::versionNo).setHeader(getTranslation("article.library.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> LocalFormat.date(entry.importedAt()))
                .setHeader(getTranslation("article.library.imported")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("empty.library"));
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        refresh();

        add(new H1(getTranslation("article.library.heading")), tools, grid);
    }

    private void refresh() {
        LibraryFilter filter = new LibraryFilter(search.getValue(), showArchived.getValue());
        grid.setItems(query -> articles.library(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) articles.countLibrary(filter));
    }
}
