package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.base.ValidationException;

class HtmlArticleParserTest {

    private static final String SAVED_NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Harbour fees double overnight | Coastal Review</title>
              <meta property="og:title" content="Harbour fees double overnight | Coastal Review">
              <meta property="og:site_name" content="Coastal Review">
              <meta property="og:url" content="https://coastal.example/news/harbour-fees?utm_source=facebook">
              <meta name="author" content="Dana Whitfield">
              <meta property="article:published_time" content="2024-05-02T08:30:00+02:00">
              <link rel="canonical" href="https://coastal.example/news/harbour-fees">
              <link rel="stylesheet" href="/css/site.css">
              <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour fees double",
                 "author": {"@type": "Person", "name": "D. Whitfield"},
                 "publisher": {"@type": "Organization", "name": "Coastal Review Ltd"},
                 "datePublished": "2024-05-01"}
              </script>
              <script>window.dataLayer = [];</script>
              <style>body { font-family: serif; }</style>
            </head>
            <body>
              <div class="cookie-banner">We use cookies. <button>Accept</button></div>
              <header class="site-header">
                <a href="/" class="logo">Coastal Review</a>
                <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
              </header>
              <main>
                <article>
                  <header>
                    <h1>Harbour fees double overnight</h1>
                    <p class="byline">By <a rel="author" href="/staff/dana-whitfield">Dana Whitfield</a>
                      · <time datetime="2024-05-02T08:30:00+02:00">2 May 2024</time></p>
                    <div class="share-buttons">
                      <a href="https://facebook.example/share?u=x">Share</a>
                      <a href="https://twitter.example/intent/tweet">Tweet</a>
                    </div>
                  </header>
                  <figure>
                    <img src="/img/crane.jpg" alt="A crane">
                    <figcaption>A harbour crane at dawn. <span class="credit">Getty Images</span></figcaption>
                  </figure>
                  <p>Fees at the harbour <a href="/docs/fee-schedule.pdf">doubled on Monday</a>,
                     officials said.<sup><a href="#fn1" id="ref1">1</a></sup></p>
                  <p>The authority's
                     <a href="https://harbour.example/notice?utm_source=newsletter&amp;utm_medium=email&amp;id=42">notice</a>
                     gave no reason. Traders were <em>not</em>&nbsp;consulted.</p>
                  <h2>What traders say</h2>
                  <blockquote><p>“We were not consulted,” said one trader.</p><p>“Nobody asked us.”</p></blockquote>
                  <p>Traders listed three demands:</p>
                  <ul>
                    <li>a freeze on fees,</li>
                    <li>a public hearing, and</li>
                    <li>published accounts.</li>
                  </ul>
                  <aside class="related"><h3>Related</h3><ul><li><a href="/news/ferry">Ferry prices rise</a></li></ul></aside>
                  <p>Write to the newsroom at <a href="mailto:news@coastal.example">news@coastal.example</a>.</p>
                  <h2>Notes</h2>
                  <ol>
                    <li id="fn1">Harbour authority notice, 2 May 2024,
                      <a href="https://harbour.example/notice">published on its website</a>. <a href="#ref1">↩</a></li>
                  </ol>
                  <footer><p>Topics: <a href="/tag/harbour">Harbour</a></p></footer>
                </article>
              </main>
              <footer class="site-footer"><a href="/about">About</a> <a href="/privacy">Privacy</a></footer>
              <script src="https://tracker.example/t.js"></script>
            </body>
            </html>
            """;

    @Test
    void a_saved_news_page_yields_its_metadata_from_the_most_deliberate_sources() {
        ArticleDraft draft = HtmlArticleParser.parse(SAVED_NEWS_PAGE, "file:///home/teacher/harbour.html");

        assertThat(draft.metadata()).isEqualTo(new ArticleMetadata("Harbour fees double overnight", "Coastal Review",
                null, "Dana Whitfield", "2024-05-02",
                "From the page's publication date tag (article:published_time).",
                "https://coastal.example/news/harbour-fees"));
    }

    @Test
    void a_saved_news_page_yields_only_its_article_text_as_blocks() {
        ArticleDraft draft = HtmlArticleParser.parse(SAVED_NEWS_PAGE, null);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::kind, ArticleDraft.Block::text).containsExactly(
                tuple(ParagraphKind.PARAGRAPH, "Fees at the harbour doubled on Monday, officials said.[1]"),
                tuple(ParagraphKind.PARAGRAPH, "The authority's notice gave no reason. Traders were not consulted."),
                tuple(ParagraphKind.HEADING, "What traders say"),
                tuple(ParagraphKind.QUOTE, "“We were not consulted,” said one trader."),
                tuple(ParagraphKind.QUOTE, "“Nobody asked us.”"),
                tuple(ParagraphKind.PARAGRAPH, "Traders listed three demands:"),
                tuple(ParagraphKind.LIST_ITEM, "a freeze on fees,"),
                tuple(ParagraphKind.LIST_ITEM, "a public hearing, and"),
                tuple(ParagraphKind.LIST_ITEM, "published accounts."),
                tuple(ParagraphKind.PARAGRAPH, "Write to the newsroom at news@coastal.example."));
        assertThat(draft.notes()).containsExactly(
                "Harbour authority notice, 2 May 2024, published on its website. https://harbour.example/notice");
    }

    @Test
    void links_become_ranges_with_complete_addresses_and_no_tracking_parameters() {
        List<ArticleDraft.Block> blocks = HtmlArticleParser.parse(SAVED_NEWS_PAGE, null).paragraphs();

        assertThat(blocks.get(0).links()).containsExactly(
                new ArticleDraft.Link(20, 37, "https://coastal.example/docs/fee-schedule.pdf"));
        assertThat(blocks.get(0).text().substring(20, 37)).isEqualTo("doubled on Monday");
        assertThat(blocks.get(1).links()).containsExactly(
                new ArticleDraft.Link(16, 22, "https://harbour.example/notice?id=42"));
        assertThat(blocks.get(1).text().substring(16, 22)).isEqualTo("notice");
        assertThat(blocks.get(9).links()).containsExactly(
                new ArticleDraft.Link(25, 45, "mailto:news@coastal.example"));
        assertThat(blocks.stream().skip(2).limit(7).flatMap(block -> block.links().stream())).isEmpty();
    }

    @Test
    void the_cleanup_log_says_what_was_taken_out_of_the_page() {
        List<String> log = HtmlArticleParser.parse(SAVED_NEWS_PAGE, null).cleanupLog();

        assertThat(log).contains(
                "Took the text from the part of the page marked as the article; what is around it was left out.",
                "Removed a picture credit: \"Getty Images\"",
                "Removed a photo caption: \"A harbour crane at dawn.\"",
                "Removed 1 image and 4 navigation links.",
                "Read \"Harbour fees double overnight\" as the article's title, not its text.",
                "Read \"By Dana Whitfield · 2 May 2024\" as the article's metadata, not its text.",
                "Removed tracking parameters (such as utm_source, fbclid, gclid) from 1 link.");
    }

    @Test
    void twitter_title_stands_in_for_a_missing_open_graph_title() {
        ArticleMetadata metadata = metadataOf("""
                <meta name="twitter:title" content="Fees double"><title>Other</title>
                <article><h1>Headline</h1><p>Text of the story.</p></article>""");

        assertThat(metadata.title()).isEqualTo("Fees double");
    }

    @Test
    void the_article_headline_comes_before_the_page_title_and_is_not_repeated_as_text() {
        ArticleDraft draft = HtmlArticleParser.parse("""
                <title>Site home</title>
                <article><h1>Fees <em>double</em></h1><p>Text of the story.</p><h1>Later section</h1><p>More.</p>
                </article>""",
                null);

        assertThat(draft.metadata().title()).isEqualTo("Fees double");
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text)
                .containsExactly("Text of the story.", "Later section", "More.");
    }

    @Test
    void a_headline_above_the_article_element_is_its_title_but_a_site_logo_heading_is_not() {
        assertThat(metadataOf("""
                <header><h1>Coastal Review</h1></header>
                <div class="top"><h1>Fees double</h1></div><article><p>Text of the story.</p></article>""").title())
                .isEqualTo("Fees double");
    }

    @Test
    void the_site_name_is_cut_from_a_title_only_when_it_is_the_outlet() {
        assertThat(metadataOf("""
                <title>Fees double - Coastal Review</title><meta name="application-name" content="Coastal Review">
                <p>Text of the story.</p>""").title()).isEqualTo("Fees double");
        assertThat(metadataOf("""
                <title>Fees double - and traders object</title><meta property="og:site_name" content="Coastal Review">
                <p>Text of the story.</p>""").title()).isEqualTo("Fees double - and traders object");
    }

    @Test
    void structured_data_gives_outlet_author_and_date_when_the_tags_do_not() {
        ArticleMetadata metadata = metadataOf("""
                <script type="application/ld+json">
                  {"@context": "https://schema.org", "@graph": [
                    {"@id": "#org", "@type": "NewsMediaOrganization", "name": "Coastal Review"},
                    {"@type": ["NewsArticle"], "publisher": {"@id": "#org"}, "datePublished": "2023-11",
                     "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"name": "Tom Berg"}]}]}
                </script>
                <p>Text of the story.</p>""");

        assertThat(metadata.outlet()).isEqualTo("Coastal Review");
        assertThat(metadata.author()).isEqualTo("Ana Ruiz and Tom Berg");
        assertThat(metadata.published()).isEqualTo("2023-11");
        assertThat(metadata.publishedNote()).isEqualTo("From the page's structured data (datePublished).");
    }

    @Test
    void malformed_structured_data_is_ignored() {
        ArticleMetadata metadata = metadataOf("""
                <script type="application/ld+json">{"@type": "NewsArticle", "author": </script>
                <p>Text of the story.</p>""");

        assertThat(metadata.author()).isNull();
    }

    @Test
    void a_byline_line_gives_the_author_when_nothing_else_does_and_is_not_text() {
        ArticleDraft draft = HtmlArticleParser.parse("""
                <article><h1>Fees double</h1><p>By Ana Ruiz, harbour correspondent</p>
                <p>Published 3 May 2024</p><p>Text of the story.</p></article>""", null);

        assertThat(draft.metadata().author()).isEqualTo("Ana Ruiz");
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text).containsExactly("Text of the story.");
    }

    @Test
    void a_sentence_starting_with_by_is_not_a_byline() {
        ArticleDraft draft = HtmlArticleParser.parse("<p>By Monday, the fees had doubled.</p>", null);

        assertThat(draft.metadata().author()).isNull();
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text)
                .containsExactly("By Monday, the fees had doubled.");
    }

    @Test
    void the_date_shown_on_the_page_is_kept_at_its_own_precision() {
        ArticleMetadata metadata = metadataOf(
                "<article><p><time datetime=\"2021\">In 2021</time> fees rose.</p></article>");

        assertThat(metadata.published()).isEqualTo("2021");
        assertThat(metadata.publishedNote()).isEqualTo("From the date shown on the page.");
    }

    @Test
    void an_impossible_date_is_not_used() {
        assertThat(metadataOf("""
                <meta property="article:published_time" content="2024-02-31"><p>Text of the story.</p>""").published())
                .isNull();
    }

    @Test
    void the_original_address_comes_from_canonical_then_open_graph_then_the_given_address() {
        assertThat(HtmlArticleParser.parse("<link rel=canonical href=\"/news/1\"><p>Text.</p>",
                "https://coastal.example/x/y").metadata().originalUrl()).isEqualTo("https://coastal.example/news/1");
        assertThat(HtmlArticleParser.parse("<meta property=og:url content=\"https://coastal.example/2?fbclid=abc\">"
                + "<p>Text.</p>", null).metadata().originalUrl()).isEqualTo("https://coastal.example/2");
        assertThat(HtmlArticleParser.parse("<p>Text.</p>", "https://coastal.example/3").metadata().originalUrl())
                .isEqualTo("https://coastal.example/3");
        assertThat(HtmlArticleParser.parse("<p>Text.</p>", "file:///tmp/page.html").metadata().originalUrl())
                .isNull();
    }

    @Test
    void relative_links_without_any_page_address_lose_their_address_but_keep_their_text() {
        ArticleDraft draft = HtmlArticleParser.parse("<p>See <a href=\"/report\">the report</a>.</p>", null);

        assertThat(draft.paragraphs().getFirst().text()).isEqualTo("See the report.");
        assertThat(draft.paragraphs().getFirst().links()).isEmpty();
        assertThat(draft.cleanupLog()).contains("Removed the address of 1 link that did not lead to a complete web "
                + "or e-mail address; the linked words are kept as text.");
    }

    @Test
    void text_in_layout_boxes_and_line_break_paragraphs_does_not_run_together() {
        ArticleDraft draft = HtmlArticleParser.parse("""
                <div><div>First box of text.</div><div>Second <b>box</b> of text.</div></div>
                <div>Old style one.<br><br>Old style two.<br>Same paragraph.</div>""", null);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text).containsExactly(
                "First box of text.", "Second box of text.", "Old style one.", "Old style two. Same paragraph.");
    }

    @Test
    void without_article_markup_the_part_with_most_paragraph_text_is_the_article() {
        ArticleDraft draft = HtmlArticleParser.parse("""
                <div class="menu"><p>Home</p></div>
                <div class="story"><p>First paragraph of the story.</p><p>Second paragraph of the story.</p></div>
                <div class="teaser"><p>Another story.</p></div>""", null);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text)
                .containsExactly("First paragraph of the story.", "Second paragraph of the story.");
    }

    @Test
    void marked_up_footnotes_become_notes_and_their_markers_read_as_numbers() {
        ArticleDraft draft = HtmlArticleParser.parse("""
                <article><p>Fees doubled.<sup><a href="#fn1">1</a></sup></p>
                <section class="footnotes" role="doc-endnotes"><ol>
                  <li id="fn1"><p>Harbour notice. <a href="#ref1">↩︎</a></p></li>
                  <li>Ibid.</li></ol></section></article>""", null);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text).containsExactly("Fees doubled.[1]");
        assertThat(draft.notes()).containsExactly("Harbour notice.", "Ibid.");
    }

    @Test
    void repeated_blocks_lone_credits_and_trailing_navigation_are_removed_as_in_plain_text() {
        ArticleDraft draft = HtmlArticleParser.parse("""
                <p>Fees doubled on Monday.</p><p>Photo: Reuters</p><p>Fees doubled on Monday.</p>
                <p>Traders object.</p><p>Back to top</p>""", null);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text)
                .containsExactly("Fees doubled on Monday.", "Traders object.");
        assertThat(draft.cleanupLog()).contains("Removed a picture credit: \"Photo: Reuters\"",
                "Removed a repeated block: \"Fees doubled on Monday.\"",
                "Removed navigation left after the text: \"Back to top\"");
    }

    @Test
    void a_short_list_at_the_end_of_the_text_is_kept() {
        ArticleDraft draft = HtmlArticleParser.parse("<p>Demands:</p><ul><li>Lower fees</li><li>Hearings</li></ul>",
                null);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text)
                .containsExactly("Demands:", "Lower fees", "Hearings");
    }

    @Test
    void a_page_without_running_text_is_refused_with_advice() {
        assertThatThrownBy(() -> HtmlArticleParser.parse("""
                <html><body><nav><a href="/">Home</a></nav><h1>Loading…</h1>
                <script>render()</script></body></html>""", null))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("No article text was found in this page:")
                .hasMessageContaining("paste it here");
        assertThatThrownBy(() -> HtmlArticleParser.parse("", null)).isInstanceOf(ValidationException.class);
    }

    private static ArticleMetadata metadataOf(String html) {
        return HtmlArticleParser.parse(html, null).metadata();
    }
}
