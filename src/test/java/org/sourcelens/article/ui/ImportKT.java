package org.sourcelens.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.LibraryFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Importing through the screen: the preview lets the instructor correct and drop things; bad input is explained. */
class ImportKT extends KaribuTest {

    private static final String SCRAPED = """
            Skip to content

            Harbour fees double overnight

            By Dana Whitfield

            Fees at the harbour doubled on Monday, officials said.

            Share this article on Facebook

            “We were not consulted,” said Maria Okonkwo, a harbour pilot.
            """;

    @Autowired
    ArticleService articles;

    @BeforeEach
    void signInAsInstructor() {
        signInAs(testAccounts.instructor().username());
        navigate("library/import");
    }

    private ImportView view() {
        return (ImportView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
    }

    private String importError() {
        return _get(Div.class, spec -> spec.withId("import-error")).getText();
    }

    @Test
    void instructor_corrects_a_field_drops_a_paragraph_and_publishes() {
        String title = "Harbour fees double overnight " + System.nanoTime();
        _setValue(_get(TextArea.class, spec -> spec.withId("pasted-text")), SCRAPED);
        _click(_get(Button.class, spec -> spec.withId("preview-paste")));

        DraftPreview preview = view().draftPreview;
        assertThat(preview.metadata.title.getValue()).isEqualTo("Harbour fees double overnight");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(preview,
                com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("speaker-name")))
                .extracting(com.vaadin.flow.component.html.Span::getText).containsExactly("Maria Okonkwo");
        assertThat(preview.metadata.author.getValue()).isEqualTo("Dana Whitfield");
        assertThat(preview.keepParagraphs).hasSize(3);
        preview.metadata.title.setValue(title);
        preview.metadata.outlet.setValue("Coastal Review");
        _setValue(preview.keepParagraphs.get(1), false);
        _click(preview.publish);

        assertThat(currentView()).isEqualTo(ArticleView.class);
        assertThat(_get(H1.class, spec -> spec.withId("article-title")).getText()).isEqualTo(title);
        long id = articles.library(new LibraryFilter(title, false), PageRequest.of(0, 5)).getFirst().id();
        ArticleContent content = articles.read(id);
        assertThat(content.outlet()).hasValue("Coastal Review");
        assertThat(content.paragraphs()).extracting(ArticleContent.Paragraph::text).containsExactly(
                "Fees at the harbour doubled on Monday, officials said.",
                "“We were not consulted,” said Maria Okonkwo, a harbour pilot.");
    }

    @Test
    void nothing_is_published_before_the_instructor_confirms() {
        String marker = "Unpublished draft " + System.nanoTime();
        _setValue(_get(TextArea.class, spec -> spec.withId("pasted-text")), marker + "\n\nA paragraph of text.");
        _click(_get(Button.class, spec -> spec.withId("preview-paste")));

        assertThat(view().draftPreview).isNotNull();
        assertThat(articles.countLibrary(new LibraryFilter(marker, true))).isZero();
    }

    @Test
    void a_publish_without_title_is_refused_in_the_preview() {
        _setValue(_get(TextArea.class, spec -> spec.withId("pasted-text")), SCRAPED);
        _click(_get(Button.class, spec -> spec.withId("preview-paste")));
        DraftPreview preview = view().draftPreview;
        preview.metadata.title.setValue("");
        _click(preview.publish);

        assertThat(currentView()).isEqualTo(ImportView.class);
        assertThat(preview.error.getText()).contains("title");
    }

    @Test
    void an_empty_paste_says_so() {
        _click(_get(Button.class, spec -> spec.withId("preview-paste")));
        assertThat(importError()).contains("empty");
        assertThat(view().draftPreview).isNull();
    }

    @Test
    void an_empty_file_says_so() {
        upload("article.txt", "text/plain", new byte[0]);
        assertThat(importError()).contains("empty");
    }

    @Test
    void a_binary_file_says_what_it_looks_like() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        upload("article.txt", "text/plain", pdf);
        assertThat(importError()).contains("PDF");
        assertThat(view().draftPreview).isNull();
    }

    @Test
    void a_20_mb_file_is_refused_with_the_limit_stated() {
        upload("huge.txt", "text/plain", new byte[20 * 1024 * 1024]);
        assertThat(importError()).contains("10 MB");
    }

    @Test
    void a_file_that_is_not_utf8_is_read_as_windows_1252_and_the_preview_says_so() {
        byte[] latin = "Caf\u00e9 prices rise\n\nThe caf\u00e9 raised prices on Monday, owners said."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        upload("cafe.txt", "text/plain", latin);

        DraftPreview preview = view().draftPreview;
        assertThat(preview.metadata.title.getValue()).isEqualTo("Café prices rise");
        assertThat(_get(preview, com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("cleanup-log")).getElement().getTextRecursively()).contains("Windows-1252");
    }

    @Test
    void a_page_without_article_text_says_so() {
        byte[] html = "<html><body><nav><a href='/'>Home</a></nav><h1>Only a title</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        upload("empty.html", "text/html", html);
        assertThat(importError()).contains("No article text");
    }

    @Test
    void an_uploaded_html_page_arrives_without_scripts_in_the_preview() {
        byte[] html = ("<html><head><title>Safe page</title><script>alert(1)</script></head><body><article>"
                + "<h1>Safe page</h1><p onclick=\"steal()\">A calm paragraph of text.</p>"
                + "<img src=x onerror=alert(2)></article></body></html>").getBytes(StandardCharsets.UTF_8);
        upload("safe.html", "text/html", html);

        DraftPreview preview = view().draftPreview;
        List<String> texts = com.github.mvysny.kaributesting.v10.LocatorJ._find(preview, Paragraph.class).stream()
                .map(Paragraph::getText).toList();
        assertThat(texts).contains("A calm paragraph of text.");
        assertThat(String.join(" ", texts)).doesNotContain("alert").doesNotContain("steal");
    }

    @Test
    void while_a_file_is_analysed_a_progress_bar_shows_and_nothing_can_start_a_second_import() {
        ImportView view = view();
        assertThat(view.working.isVisible()).isFalse();

        // The upload shows the bar at once, the analysis runs on a worker, and the preview replaces the bar.
        UploadKt._upload(_get(Upload.class), "article.txt", "text/plain", SCRAPED.getBytes(StandardCharsets.UTF_8));
        assertThat(view.working.isVisible()).as("the bar while the file is analysed").isTrue();
        assertThat(view.upload.isEnabled()).isFalse();
        awaitAnalysis();
        assertThat(view.draftPreview).isNotNull();
        assertThat(view.working.isVisible()).as("the progress bar goes when the preview is there").isFalse();
        assertThat(view.upload.isEnabled()).isTrue();
        assertThat(view.previewPaste.isEnabled()).isTrue();

        view.working(true);
        assertThat(view.working.isVisible()).isTrue();
        assertThat(view.analysing.isIndeterminate()).isTrue();
        assertThat(view.upload.isEnabled()).isFalse();
        assertThat(view.previewPaste.isEnabled()).isFalse();
    }

    @Test
    void the_preview_and_publish_buttons_disable_themselves_on_click_and_come_back_after_an_error() {
        ImportView view = view();
        assertThat(view.previewPaste.isDisableOnClick()).isTrue();
        _setValue(view.pasted, "");
        _click(view.previewPaste);
        assertThat(view.previewPaste.isEnabled()).as("enabled again after the answer").isTrue();

        _setValue(view.pasted, SCRAPED);
        _click(view.previewPaste);
        assertThat(view.draftPreview.publish.isDisableOnClick()).isTrue();
    }

    /** Uploads a file through the real upload handler and waits until the worker's result is on the page. */
    private void upload(String fileName, String mimeType, byte[] content) {
        UploadKt._upload(_get(Upload.class), fileName, mimeType, content);
        awaitAnalysis();
    }

    private void awaitAnalysis() {
        for (int i = 0; i < 600 && view().working.isVisible(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        }
        assertThat(view().working.isVisible()).as("the analysis finished").isFalse();
    }
}
