package org.sourcelens.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleService;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/** Importing an article: paste it or upload a file, check the preview, publish. */
@Route("library/import")
@PageTitle("page.import")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class ImportView extends Main {

    static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    private final transient ArticleService articles;
    final TextArea pasted = new TextArea(getTranslation("article.import.text"));
    final Upload upload;
    final FormError inputError = new FormError();
    private final Div preview = new Div();
    DraftPreview draftPreview;

    public ImportView(ArticleService articles) {
        this.articles = articles;
        addClassName("page");

        pasted.setId("pasted-text");
        pasted.setWidthFull();
        pasted.setMinRows(8);
        pasted.setHelperText(getTranslation("article.import.textHelper"));
        Button previewPaste = new Button(getTranslation("article.import.preview"), click -> showDraft(() -> articles.draftFromPaste(pasted.getValue())));
        previewPaste.setId("preview-paste");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> showDraft(() -> articles.draftFromUpload(metadata.fileName(), bytes))))));
        upload.setId("upload-article");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown",
                "text/html");
        upload.addFileRejectedListener(event -> showInputError(event.getErrorMessage()
                + getTranslation("article.import.rejected")));

        inputError.setId("import-error");
        preview.setId("preview-area");

        add(new Anchor("library", getTranslation("article.backToLibrary")), new H1(getTranslation("article.import.heading")),
                new Section(new H2(getTranslation("article.import.paste")), pasted, previewPaste),
                new Section(new H2(getTranslation("article.import.upload")),
                        new Paragraph(getTranslation("article.import.uploadHelper")), upload),
                inputError, preview);
    }

    private void showDraft(Supplier<ArticleDraft> drafting) {
        inputError.setText("");
        preview.removeAll();
        draftPreview = null;
        try {
            ArticleDraft draft = drafting.get();
            DraftPreview shown = new DraftPreview(draft, articles.sourceMapOf(draft));
            shown.addPublishListener(event -> publish(shown));
            draftPreview = shown;
            preview.add(shown);
        } catch (ValidationException e) {
            showInputError(Texts.of(e));
        }
    }

    private void showInputError(String message) {
        preview.removeAll();
        draftPreview = null;
        inputError.setText(message);
    }

    private void publish(DraftPreview shown) {
        try {
            long articleId = articles.publish(shown.corrected(), shown.visibility.getValue());
            getUI().ifPresent(ui -> ui.navigate("library/" + articleId));
        } catch (ValidationException e) {
            shown.showError(Texts.of(e));
        }
    }
}
