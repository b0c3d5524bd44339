package org.sourcelens.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.article.ArticleDetails;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.security.Roles;

/** An article of the library as an instructor sees it: the text, its source map, and what they may change. */
@Route("library/:articleId(\\d+)")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class ArticleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ArticleService articles;
    private long articleId;
    private String title = getTranslation("page.title", getTranslation("article.view.defaultTitle"));

    public ArticleView(ArticleService articles) {
        this.articles = articles;
        addClassName("reader-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        articleId = event.getRouteParameters().getLong("articleId").orElseThrow();
        show(articles.details(articleId));
    }

    private void show(ArticleDetails details) {
        removeAll();
        title = getTranslation("page.title", details.content().title());
        Anchor back = new Anchor("library", getTranslation("article.backToLibrary"));
        Nav breadcrumb = new Nav(back);
        breadcrumb.setAriaLabel(getTranslation("article.view.breadcrumb"));
        add(breadcrumb);
        if (details.editable()) {
            add(actions(details));
        } else {
            Span shared = new Span(getTranslation("article.view.sharedNotice"));
            shared.addClassName("card-meta");
            add(shared);
        }
        if (details.archived()) {
            Div archived = new Div(getTranslation("article.view.archivedNotice"));
            archived.setId("archived-notice");
            archived.addClassName("notice");
            add(archived);
        }
        Div layout = new Div(new ArticleReader(details.content(), UI.getCurrent().getLocale()),
                new SourceMapPanel(details.sourceMap()));
        layout.addClassName("reader-with-panel");
        add(layout);
    }

    private HorizontalLayout actions(ArticleDetails details) {
        Button edit = new Button(getTranslation("article.view.edit"),
                click -> getUI().ifPresent(ui -> ui.navigate("library/" + articleId + "/edit")));
        edit.setId("edit-article");
        Button archive = new Button(getTranslation(details.archived() ? "article.view.restore" : "article.view.archive"), click -> {
            articles.setArchived(articleId, !details.archived());
            show(articles.details(articleId));
        });
        archive.setId("archive-article");
        Select<ArticleVisibility> visibility = new Select<>();
        visibility.setId("article-visibility");
        visibility.setAriaLabel(getTranslation("article.view.visibility"));
        visibility.setItems(ArticleVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v == ArticleVisibility.SHARED ? "article.view.shared" : "article.view.onlyMe"));
        visibility.setValue(details.visibility());
        visibility.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                articles.setVisibility(articleId, event.getValue());
            }
        });
        Span version = new Span(getTranslation("article.view.version", details.content().versionNo()));
        version.setId("article-version");
        HorizontalLayout actions = new HorizontalLayout(edit, archive, visibility, version);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        actions.addClassName("article-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
