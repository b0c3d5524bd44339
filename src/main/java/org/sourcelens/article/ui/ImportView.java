package org.sourcelens.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.sourcemap.SourceMap;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.base.ui.PushAs;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;
import org.springframework.security.core.context.SecurityContext;

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
    final Button previewPaste = new Button(getTranslation("article.import.preview"));
    final ProgressBar analysing = new ProgressBar();
    private final Span analysingText = new Span();
    final Div working = new Div(analysing, analysingText);
    DraftPreview draftPreview;

    public ImportView(ArticleService articles) {
        this.articles = articles;
        addClassName("page");

        pasted.setId("pasted-text");
        pasted.setWidthFull();
        pasted.setMinRows(8);
        pasted.setHelperText(getTranslation("article.import.textHelper"));
        previewPaste.addClickListener(click -> {
            try {
                show(analyse(() -> articles.draftFromPaste(pasted.getValue())));
            } finally {
                previewPaste.setEnabled(true);
            }
        });
        previewPaste.setDisableOnClick(true);
        previewPaste.setId("preview-paste");

        // Vaadin hands the file over under the page's lock: the page shows that it is working, the file is
        // analysed on a worker as the signed-in user (the session stays usable meanwhile), and the result
        // comes back through server push.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> {
            working(true);
            SecurityContext user = PushAs.currentUser();
            Thread.ofVirtual().name("import-analysis").start(() -> {
                try {
                    PushAs.runAs(user, () -> {
                        Analysed analysed = analyse(() -> articles.draftFromUpload(metadata.fileName(), bytes));
                        ui.access(() -> {
                            working(false);
                            show(analysed);
                        });
                    });
                } catch (RuntimeException e) {
                    ui.access(() -> {
                        working(false);
                        ui.getSession().getErrorHandler().error(new ErrorEvent(e)); // logs it and says what to do
                    });
                }
            });
        })));
        upload.setId("upload-article");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown",
                "text/html");
        upload.addFileRejectedListener(event -> showInputError(event.getErrorMessage()
                + getTranslation("article.import.rejected")));

        inputError.setId("import-error");
        analysing.setIndeterminate(true);
        analysing.setId("import-progress");
        analysing.getElement().setAttribute("aria-label", getTranslation("import.progress"));
        analysingText.setId("import-progress-text");
        analysingText.getElement().setAttribute("role", "status");
        working.setVisible(false);
        preview.setId("preview-area");

        add(new Anchor("library", getTranslation("article.backToLibrary")), new H1(getTranslation("article.import.heading")),
                new Section(new H2(getTranslation("article.import.paste")), pasted, previewPaste),
                new Section(new H2(getTranslation("article.import.upload")),
                        new Paragraph(getTranslation("article.import.uploadHelper")), upload),
                working, inputError, preview);
    }

    /** A draft with its source map, or why the text could not be read. */
    private record Analysed(ArticleDraft draft, SourceMap sourceMap, ValidationException error) {
    }

    private Analysed analyse(Supplier<ArticleDraft> drafting) {
        try {
            ArticleDraft draft = drafting.get();
            return new Analysed(draft, articles.sourceMapOf(draft), null);
        } catch (ValidationException e) {
            return new Analysed(null, null, e);
        }
    }

    /** While a file is read and analysed: a progress bar, and nothing to start a second import with. */
    void working(boolean busy) {
        working.setVisible(busy);
        analysingText.setText(busy ? getTranslation("import.progress") : "");
        upload.setEnabled(!busy);
        previewPaste.setEnabled(!busy);
    }

    private void show(Analysed analysed) {
        inputError.setText("");
        preview.removeAll();
        draftPreview = null;
        if (analysed.error() != null) {
            showInputError(Texts.of(analysed.error()));
            return;
        }
        DraftPreview shown = new DraftPreview(analysed.draft(), analysed.sourceMap());
        shown.addPublishListener(event -> publish(shown));
        draftPreview = shown;
        preview.add(shown);
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
        } finally {
            shown.publish.setEnabled(true);
        }
    }
}
