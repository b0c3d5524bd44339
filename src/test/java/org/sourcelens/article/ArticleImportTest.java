package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sourcelens.base.ValidationException;

class ArticleImportTest {

    private static final String PLAIN = """
            Harbour fees double overnight

            By Dana Whitfield

            Fees at the harbour doubled on Monday, officials said.

            “We were not consulted,” said José, a trader.
            """;

    @Test
    void a_text_file_is_read_as_plain_text() {
        ArticleDraft draft = ArticleImport.draft("story.txt", PLAIN.getBytes(StandardCharsets.UTF_8));

        assertThat(draft.metadata().title()).isEqualTo("Harbour fees double overnight");
        assertThat(draft.metadata().author()).isEqualTo("Dana Whitfield");
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text).containsExactly(
                "Fees at the harbour doubled on Monday, officials said.",
                "“We were not consulted,” said José, a trader.");
    }

    @Test
    void how_a_file_was_decoded_comes_first_in_the_cleanup_log() {
        ArticleDraft draft = ArticleImport.draft("story.txt", PLAIN.getBytes(Charset.forName("windows-1252")));

        assertThat(draft.paragraphs().getLast().text()).isEqualTo("“We were not consulted,” said José, a trader.");
        assertThat(draft.cleanupLog()).first().isEqualTo("The file is not valid UTF-8; it was read as Windows-1252 "
                + "(Western European). Check accented letters in the preview.");
        assertThat(draft.cleanupLog()).contains("Read \"By Dana Whitfield\" as the article's metadata, not its text.");
    }

    @Test
    void a_markdown_file_is_read_as_markdown() {
        ArticleDraft draft = ArticleImport.draft("story.md", """
                # Harbour fees double overnight

                Fees at the harbour **doubled** on [Monday](https://harbour.example/notice).

                - a freeze on fees.
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(draft.metadata().title()).isEqualTo("Harbour fees double overnight");
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::kind, ArticleDraft.Block::text).containsExactly(
                tuple(ParagraphKind.PARAGRAPH, "Fees at the harbour doubled on Monday."),
                tuple(ParagraphKind.LIST_ITEM, "a freeze on fees."));
        assertThat(draft.paragraphs().getFirst().links())
                .containsExactly(new ArticleDraft.Link(31, 37, "https://harbour.example/notice"));
    }

    @Test
    void a_saved_web_page_is_read_as_html_in_its_declared_charset() {
        String page = """
                <!DOCTYPE html><html><head><meta charset="iso-8859-1">
                <meta property="og:title" content="Les frais doublent"></head>
                <body><nav><a href="/">Accueil</a></nav>
                <article><p>Les frais ont doublé, a déclaré René.</p><script>track()</script></article></body></html>
                """;

        ArticleDraft draft = ArticleImport.draft("page.html", page.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(draft.metadata().title()).isEqualTo("Les frais doublent");
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text)
                .containsExactly("Les frais ont doublé, a déclaré René.");
        assertThat(draft.cleanupLog()).first().asString()
                .startsWith("The page is not UTF-8; it was read as Windows-1252");
        assertThat(draft.cleanupLog()).contains("Removed 1 script.");
    }

    @Test
    void a_text_file_holding_a_web_page_is_read_as_html() {
        ArticleDraft draft = ArticleImport.draft("page.txt",
                "<!doctype html><title>Fees</title><p>Fees doubled on <b>Monday</b>.</p>"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(draft.metadata().title()).isEqualTo("Fees");
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text).containsExactly("Fees doubled on Monday.");
        assertThat(draft.cleanupLog()).first()
                .isEqualTo("The file \"page.txt\" holds a web page (HTML), so it was read as one.");
    }

    @Test
    void a_refused_file_never_reaches_a_parser() {
        assertThatThrownBy(() -> ArticleImport.draft("story.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("This looks like a PDF");
    }

    @Test
    void pasted_html_is_recognised_by_its_tags() {
        ArticleDraft draft = ArticleImport.draftFromPaste("""
                <h1>Fees double</h1>
                <p>Fees doubled on <a href="https://harbour.example/notice">Monday</a>.</p>""");

        assertThat(draft.metadata().title()).isEqualTo("Fees double");
        assertThat(draft.paragraphs().getFirst().links())
                .containsExactly(new ArticleDraft.Link(16, 22, "https://harbour.example/notice"));
    }

    @Test
    void pasted_markdown_is_recognised_by_its_leading_heading() {
        ArticleDraft draft = ArticleImport.draftFromPaste("# Fees double\n\nFees *doubled* on Monday.\n");

        assertThat(draft.metadata().title()).isEqualTo("Fees double");
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text).containsExactly("Fees doubled on Monday.");
    }

    @Test
    void other_pasted_text_is_plain_text_even_when_it_starts_with_an_angle_bracket() {
        ArticleDraft plain = ArticleImport.draftFromPaste(PLAIN);
        ArticleDraft bracketed = ArticleImport.draftFromPaste("<<Breaking>> Harbour fees\n\nFees doubled *today*, "
                + "officials said.\n");

        assertThat(plain.metadata().title()).isEqualTo("Harbour fees double overnight");
        assertThat(bracketed.metadata().title()).isEqualTo("<<Breaking>> Harbour fees");
        assertThat(bracketed.paragraphs()).extracting(ArticleDraft.Block::text)
                .containsExactly("Fees doubled *today*, officials said.");
    }

    @Test
    void an_empty_paste_is_refused() {
        assertThatThrownBy(() -> ArticleImport.draftFromPaste("  \n "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("empty");
    }
}
