package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sourcelens.base.ValidationException;

class UploadedTextTest {

    private static final String ARTICLE =
            "Fees at the harbour doubled, said José Müller. “We were not consulted.”";

    @Test
    void an_empty_file_is_refused_by_name() {
        assertThatThrownBy(() -> UploadedText.decode("story.txt", new byte[0]))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The file \"story.txt\" is empty");
        assertThatThrownBy(() -> UploadedText.decode("story.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The file \"story.txt\" is empty");
    }

    @Test
    void a_pdf_is_refused_with_what_to_upload_instead() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> UploadedText.decode("C:\\fakepath\\story.txt", pdf))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The file \"story.txt\" cannot be imported. This looks like a PDF; save the article as "
                        + "text or HTML and upload that, or copy the article's text and paste it.");
    }

    @Test
    void a_picture_and_a_word_document_are_named_for_what_they_are() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};

        assertThatThrownBy(() -> UploadedText.decode("screenshot.html", png))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("This looks like a PNG image; SourceLens imports an article's text, not a "
                        + "picture of it");
        assertThatThrownBy(() -> UploadedText.decode("story.docx", docx))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("This looks like a Word document (.docx)");
    }

    @Test
    void random_bytes_with_nul_bytes_are_refused_as_not_text() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[100] = 0;

        assertThatThrownBy(() -> UploadedText.decode("story.txt", noise))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The file \"story.txt\" cannot be imported: it does not contain text");
    }

    @Test
    void symbol_soup_that_is_not_utf8_is_refused_rather_than_guessed() {
        byte[] soup = new byte[600];
        byte[] symbols = {(byte) 0xA6, (byte) 0xA8, (byte) 0xAE, (byte) 0xAF, (byte) 0xB0, (byte) 0xB4, (byte) 0xB8,
                (byte) 0x81, 'a', ' '};
        for (int i = 0; i < soup.length; i++) {
            soup[i] = symbols[i % symbols.length];
        }

        assertThatThrownBy(() -> UploadedText.decode("story.txt", soup))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("mostly unreadable characters");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_its_size_and_the_limit() {
        assertThatThrownBy(() -> UploadedText.checkSize(12_900_000))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The file is 12.4 MB, but files of at most 10 MB can be imported.");
        assertThatThrownBy(() -> UploadedText.checkSize(UploadedText.MAX_BYTES + 1))
                .hasMessageStartingWith("The file is 10.1 MB");
        assertThatCode(() -> UploadedText.checkSize(UploadedText.MAX_BYTES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> UploadedText.decode("big.txt", new byte[(int) UploadedText.MAX_BYTES + 1]))
                .hasMessageContaining("10 MB");
    }

    @Test
    void an_unsupported_extension_is_refused_with_the_supported_ones() {
        assertThatThrownBy(() -> UploadedText.decode("story.rtf2", ARTICLE.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The file \"story.rtf2\" is not a kind of file SourceLens can import.")
                .hasMessageContaining(".txt", ".md", ".markdown", ".html", ".htm");
        assertThatThrownBy(() -> UploadedText.decode("README", ARTICLE.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a kind of file SourceLens can import");
    }

    @Test
    void plain_utf8_is_read_without_notes_and_the_format_follows_the_extension() {
        byte[] utf8 = ARTICLE.getBytes(StandardCharsets.UTF_8);

        assertThat(UploadedText.decode("story.txt", utf8))
                .isEqualTo(new UploadedText.Decoded(ARTICLE, "text", List.of()));
        assertThat(UploadedText.decode("story.MD", utf8).format()).isEqualTo("markdown");
        assertThat(UploadedText.decode("story.markdown", utf8).format()).isEqualTo("markdown");
        assertThat(UploadedText.decode("story.htm", utf8).format()).isEqualTo("html");
        assertThat(UploadedText.decode("story.html", utf8).format()).isEqualTo("html");
    }

    @Test
    void a_utf8_byte_order_mark_is_honoured_and_not_kept() {
        UploadedText.Decoded decoded = UploadedText.decode("story.txt",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARTICLE.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo(ARTICLE);
        assertThat(decoded.notes()).isEmpty();
    }

    @Test
    void utf16_with_a_byte_order_mark_is_read_in_either_byte_order() {
        byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARTICLE.getBytes(StandardCharsets.UTF_16BE));

        assertThat(UploadedText.decode("story.txt", littleEndian).text()).isEqualTo(ARTICLE);
        assertThat(UploadedText.decode("story.txt", bigEndian).text()).isEqualTo(ARTICLE);
    }

    @Test
    void invalid_utf8_is_read_as_windows_1252_with_a_note_to_check_the_preview() {
        byte[] windows1252 = ARTICLE.getBytes(Charset.forName("windows-1252"));

        UploadedText.Decoded decoded = UploadedText.decode("story.txt", windows1252);

        assertThat(decoded.text()).isEqualTo(ARTICLE);
        assertThat(decoded.notes()).containsExactly("The file is not valid UTF-8; it was read as Windows-1252 "
                + "(Western European). Check accented letters in the preview.");
    }

    @Test
    void a_web_page_is_read_in_the_charset_it_declares() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
                + "</head><body><p>Prix : 20 € pour l'œuvre.</p></body></html>";

        UploadedText.Decoded decoded = UploadedText.decode("page.html", page.getBytes(Charset.forName("ISO-8859-15")));

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.notes()).containsExactly("The page is not UTF-8; it was read as iso-8859-15, the encoding "
                + "it declares. Check accented letters in the preview.");
    }

    @Test
    void a_page_declaring_iso_8859_1_is_read_as_browsers_read_it() {
        String page = "<!doctype html><meta charset=iso-8859-1><p>“Déjà vu,” said Zoë.</p>";

        UploadedText.Decoded decoded = UploadedText.decode("page.htm", page.getBytes(Charset.forName("windows-1252")));

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.notes()).containsExactly("The page is not UTF-8; it was read as Windows-1252 (Western "
                + "European), the encoding it declares (iso-8859-1). Check accented letters in the preview.");
    }

    @Test
    void a_txt_file_holding_a_web_page_is_read_as_html() {
        String page = "<!-- saved from url=(0022)https://news.example/ -->\n<!DOCTYPE html><html><body><p>Text.</p>";

        UploadedText.Decoded decoded = UploadedText.decode("page.txt", page.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.format()).isEqualTo("html");
        assertThat(decoded.notes())
                .containsExactly("The file \"page.txt\" holds a web page (HTML), so it was read as one.");
        assertThat(UploadedText.decode("notes.txt", "<b>Not a page</b> but text.".getBytes(StandardCharsets.UTF_8))
                .format()).isEqualTo("text");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(first);
        both.writeBytes(second);
        return both.toByteArray();
    }
}
