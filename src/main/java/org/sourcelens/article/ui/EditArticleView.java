package org.sourcelens.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.EditResult;
import org.sourcelens.article.EditableArticle;
import org.sourcelens.article.ReanchorReport;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/** Editing an article: its details, and its text as a new version. */
@Route("library/:articleId(\\d+)/edit")
@PageTitle("page.editArticle")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class EditArticleView extends Main implements BeforeEnterObserver {

    private final transient ArticleService articles;
    final ArticleMetadataForm metadata = new ArticleMetadataForm();
    final TextArea text = new TextArea(getTranslation("article.edit.text"));
    final TextArea notes = new TextArea(getTranslation("article.edit.notes"));
    final FormError error = new FormError();
    private EditableArticle editing;

    public EditArticleView(ArticleService articles) {
        this.articles = articles;
        addClassName("page");
        text.setId("edit-text");
        text.setWidthFull();
        text.setMinRows(16);
        text.setHelperText(getTranslation("article.edit.textHelper"));
        notes.setId("edit-notes");
        notes.setWidthFull();
        error.setId("edit-error");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long articleId = event.getRouteParameters().getLong("articleId").orElseThrow();
        editing = articles.editable(articleId);
        metadata.setMetadata(editing.metadata());
        text.setValue(editing.text());
        notes.setValue(editing.notes());
        Button save = new Button(getTranslation("article.edit.save"));
        save.addClickListener(click -> save(save));
        save.setDisableOnClick(true);
        save.setId("save-article");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        removeAll();
        add(new Anchor("library/" + articleId, getTranslation("article.edit.back")), new H1(getTranslation("article.edit.heading")),
                new Paragraph(getTranslation("article.edit.intro", editing.versionNo())),
                metadata, text, notes, error, save);
    }

    private void save(Button save) {
        try {
            EditResult result = articles.saveEdit(editing.articleId(), editing.versionNo(), metadata.getMetadata(),
                    text.getValue(), notes.getValue());
            ReanchorReport highlights = result.highlights();
            if (highlights.moved() + highlights.orphaned() > 0) {
                Notification.show(getTranslation("article.edit.reanchored", result.versionNo(), highlights.kept(),
                        highlights.moved(), highlights.orphaned()), 10_000,
                        Notification.Position.BOTTOM_CENTER);
            }
            getUI().ifPresent(ui -> ui.navigate("library/" + editing.articleId()));
        } catch (ValidationException e) {
            error.setText(Texts.of(e));
        } finally {
            save.setEnabled(true);
        }
    }
}
