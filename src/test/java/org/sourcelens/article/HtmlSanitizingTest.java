package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile HTML must never reach a student. Each case sits between two harmless paragraphs, and the
 * exact blocks that come out are asserted: the readable words survive, markup and dangerous
 * addresses do not.
 */
class HtmlSanitizingTest {

    private static final String PAGE_ADDRESS = "https://news.example/world/story";

    static Stream<Arguments> hostileHtml() {
        return Stream.of(
                arguments("script element", "<script>alert(1)</script>", List.of()),
                arguments("script with a source", "<script src=\"https://evil.example/x.js\"></script>", List.of()),
                arguments("image with an error handler", "<p>Photo <img src=x onerror=alert(1)> here.</p>",
                        List.of("Photo here.")),
                arguments("event handler on an allowed tag",
                        "<p onclick=\"alert(1)\" onmouseover=alert(2)>Click text.</p>",
                        List.of("Click text.")),
                arguments("javascript link", "<p>Click <a href=\"javascript:alert(1)\">here</a> now.</p>",
                        List.of("Click here now.")),
                arguments("mixed-case javascript link with a space",
                        "<p>Click <a href=\" JaVaScRiPt:alert(1)\">here</a> now.</p>", List.of("Click here now.")),
                arguments("entity-encoded javascript link",
                        "<p>Click <a href=\"&#106;avascript:alert(1)\">here</a> now.</p>", List.of("Click here now.")),
                arguments("hex-entity javascript link with an encoded colon",
                        "<p>Click <a href=\"&#x6A;avascript&colon;alert(1)\">here</a> now.</p>",
                        List.of("Click here now.")),
                arguments("javascript link split by a tab",
                        "<p>Click <a href=\"java&#09;script:alert(1)\">here</a> now.</p>",
                        List.of("Click here now.")),
                arguments("javascript link split by a line break",
                        "<p>Click <a href=\"java\nscript:alert(1)\">here</a> now.</p>", List.of("Click here now.")),
                arguments("vbscript link", "<p>Click <a href=\"vbscript:msgbox(1)\">here</a> now.</p>",
                        List.of("Click here now.")),
                arguments("data link", "<p>Open <a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"
                        + "this</a> now.</p>", List.of("Open this now.")),
                arguments("file link", "<p>Open <a href=\"file:///etc/passwd\">this</a> now.</p>",
                        List.of("Open this now.")),
                arguments("script inside svg", "<svg><script>alert(1)</script></svg>", List.of()),
                arguments("svg with a load handler", "<svg onload=alert(1)></svg>", List.of()),
                arguments("svg link",
                        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"0\" y=\"15\">svg link</text>"
                        + "</a></svg>", List.of()),
                arguments("math link", "<math><mi xlink:href=\"javascript:alert(1)\">math link</mi></math>", List.of()),
                arguments("math and style mutation",
                        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table>"
                                + "</mtext></math>", List.of()),
                arguments("iframe with srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
                        List.of()),
                arguments("iframe with a javascript source", "<iframe src=\"javascript:alert(1)\"></iframe>",
                        List.of()),
                arguments("object", "<object data=\"javascript:alert(1)\">fallback words</object>", List.of()),
                arguments("embed", "<embed src=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">", List.of()),
                arguments("style sheet import", "<style>@import 'https://evil.example/x.css';</style>", List.of()),
                arguments("style attribute tricks", "<p style=\"width: expression(alert(1)); "
                        + "background: url(javascript:alert(1))\">Styled text.</p>", List.of("Styled text.")),
                arguments("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                        List.of()),
                arguments("form", "<form action=\"https://evil.example/steal\"><label>Password</label>"
                        + "<input name=\"password\"><button formaction=\"javascript:alert(1)\">Send</button></form>",
                        List.of()),
                arguments("tracking pixel", "<img src=\"https://tracker.example/p.gif\" width=\"1\" height=\"1\">",
                        List.of()),
                arguments("noscript payload", "<noscript><img src=x onerror=alert(1)><p>Enable scripts.</p></noscript>",
                        List.of()),
                arguments("tag broken by a nested tag", "<p>Broken <scr<script>ipt>alert(1)</script> tag.</p>",
                        List.of("Broken ipt>alert(1) tag.")),
                arguments("script in a comment", "<!--<script>alert(1)</script>-->", List.of()),
                arguments("conditional comment", "<!--[if IE]><script>alert(1)</script><![endif]-->", List.of()),
                arguments("template", "<template><script>alert(1)</script><p>Hidden template text.</p></template>",
                        List.of()),
                arguments("attribute breaking out into markup",
                        "<p title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">Title attribute.</p>",
                        List.of("Title attribute.")),
                arguments("hidden text", "<p hidden>Hidden words.</p><p aria-hidden=\"true\">Screen-reader hidden.</p>",
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileHtml")
    void hostile_markup_is_dropped_and_the_readable_text_around_it_survives(String name, String payload,
            List<String> expectedMiddle) {
        ArticleDraft draft = HtmlArticleParser.parse(
                "<article><p>Text before.</p>" + payload + "<p>Text after.</p></article>", PAGE_ADDRESS);

        List<String> expected = new ArrayList<>();
        expected.add("Text before.");
        expected.addAll(expectedMiddle);
        expected.add("Text after.");
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text).containsExactlyElementsOf(expected);
        assertThat(draft.paragraphs()).flatExtracting(ArticleDraft.Block::links).isEmpty();
    }

    @Test
    void script_and_event_handlers_never_reach_the_draft() {
        String everything = hostileHtml().map(arguments -> (String) arguments.get()[1])
                .reduce("<p>Opening text.</p>", String::concat);

        ArticleDraft draft = HtmlArticleParser.parse(everything, PAGE_ADDRESS);

        List<String> texts = new ArrayList<>(draft.paragraphs().stream().map(ArticleDraft.Block::text).toList());
        texts.addAll(draft.notes());
        texts.add(String.valueOf(draft.metadata()));
        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text.toLowerCase())
                .doesNotContain("<script", "onerror", "onload", "javascript:", "vbscript:", "data:text", "<img",
                        "<svg", "<iframe", "expression(", "@import"));
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text)
                .contains("Opening text.", "Photo here.", "Click here now.", "Styled text.", "Title attribute.");
    }

    @Test
    void only_web_and_mail_links_survive_and_they_keep_their_place() {
        ArticleDraft draft = HtmlArticleParser.parse("""
                <p>A <a href="https://ok.example/a" onclick="steal()">web link</a>, a
                <a href="mailto:desk@ok.example">mail link</a>, an <a href="ftp://ok.example/f">ftp link</a>,
                a <a href="//cdn.example/b">protocol-relative link</a> and a <a href="#top">jump</a>.</p>""",
                PAGE_ADDRESS);

        ArticleDraft.Block block = draft.paragraphs().getFirst();
        assertThat(block.text()).isEqualTo(
                "A web link, a mail link, an ftp link, a protocol-relative link and a jump.");
        assertThat(block.links()).containsExactly(
                new ArticleDraft.Link(2, 10, "https://ok.example/a"),
                new ArticleDraft.Link(14, 23, "mailto:desk@ok.example"),
                new ArticleDraft.Link(40, 62, "https://cdn.example/b"));
        assertThat(block.links()).allSatisfy(link -> assertThat(link.href()).matches("^(https?://|mailto:).+"));
    }

    @Test
    void a_base_element_in_the_page_cannot_redirect_relative_links() {
        ArticleDraft draft = HtmlArticleParser.parse("""
                <html><head><base href="https://evil.example/"></head>
                <body><p>Read <a href="/world/other-story">the other story</a>.</p></body></html>""", PAGE_ADDRESS);

        assertThat(draft.paragraphs().getFirst().links())
                .containsExactly(new ArticleDraft.Link(5, 20, "https://news.example/world/other-story"));
    }

    @Test
    void markup_written_as_text_stays_visible_text_not_markup() {
        ArticleDraft draft = HtmlArticleParser.parse(
                "<p>Teachers show how &lt;script&gt;alert(1)&lt;/script&gt; looks in a page.</p>", null);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text)
                .containsExactly("Teachers show how <script>alert(1)</script> looks in a page.");
        assertThat(draft.paragraphs().getFirst().links()).isEmpty();
    }

    @Test
    void metadata_is_reduced_to_plain_text() {
        ArticleDraft draft = HtmlArticleParser.parse("""
                <meta property="og:title" content="Fees &lt;script&gt;alert(1)&lt;/script&gt;double">
                <meta name="author" content="&lt;img src=x onerror=alert(1)&gt;Ana Ruiz">
                <p>Text of the story.</p>""", null);

        assertThat(draft.metadata().title()).isEqualTo("Fees double");
        assertThat(draft.metadata().author()).isEqualTo("Ana Ruiz");
    }

    @Test
    void a_page_nested_absurdly_deep_is_read_without_exhausting_the_stack() {
        int depth = 50_000;
        String html = "<p>Opening text.</p>" + "<blockquote><b><div>".repeat(depth) + "Deep words."
                + "</div></b></blockquote>".repeat(depth);

        ArticleDraft draft = HtmlArticleParser.parse(html, null);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text).contains("Opening text.", "Deep words.");
    }
}
