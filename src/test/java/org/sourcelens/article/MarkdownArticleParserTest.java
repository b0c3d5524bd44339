package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.sourcelens.base.ValidationException;

class MarkdownArticleParserTest {

    private static final String ARTICLE = """
            # Harbour fees double overnight

            *By Dana Whitfield*

            Fees at the harbour **doubled** on Monday, [officials said](https://harbour.example/notice?utm_source=x&id=4).

            ## What traders say

            > "We were not consulted," said one trader.
            >
            > "Nobody asked us."

            Traders listed demands:

            - a freeze on fees,
            - a public hearing.

            1. First numbered point.
            2. Second numbered point.

            ## Notes

            1. Harbour authority notice, <https://harbour.example/notice>.
            """;

    @Test
    void a_leading_heading_is_the_title_and_a_by_line_the_author() {
        ArticleDraft draft = MarkdownArticleParser.parse(ARTICLE);

        assertThat(draft.metadata().title()).isEqualTo("Harbour fees double overnight");
        assertThat(draft.metadata().author()).isEqualTo("Dana Whitfield");
    }

    @Test
    void headings_emphasis_quotes_and_lists_become_blocks_of_plain_text() {
        ArticleDraft draft = MarkdownArticleParser.parse(ARTICLE);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::kind, ArticleDraft.Block::text).containsExactly(
                tuple(ParagraphKind.PARAGRAPH, "Fees at the harbour doubled on Monday, officials said."),
                tuple(ParagraphKind.HEADING, "What traders say"),
                tuple(ParagraphKind.QUOTE, "\"We were not consulted,\" said one trader."),
                tuple(ParagraphKind.QUOTE, "\"Nobody asked us.\""),
                tuple(ParagraphKind.PARAGRAPH, "Traders listed demands:"),
                tuple(ParagraphKind.LIST_ITEM, "a freeze on fees,"),
                tuple(ParagraphKind.LIST_ITEM, "a public hearing."),
                tuple(ParagraphKind.LIST_ITEM, "First numbered point."),
                tuple(ParagraphKind.LIST_ITEM, "Second numbered point."));
        assertThat(draft.notes()).containsExactly("Harbour authority notice, https://harbour.example/notice.");
    }

    @Test
    void links_keep_their_range_without_tracking_parameters() {
        ArticleDraft.Block first = MarkdownArticleParser.parse(ARTICLE).paragraphs().getFirst();

        assertThat(first.links()).containsExactly(new ArticleDraft.Link(39, 53, "https://harbour.example/notice?id=4"));
        assertThat(first.text().substring(39, 53)).isEqualTo("officials said");
    }

    @Test
    void raw_html_never_becomes_markup_but_its_words_stay() {
        ArticleDraft draft = MarkdownArticleParser.parse("""
                Opening paragraph of the story.

                <script>alert(1)</script>

                Inline <span onclick="alert(1)">tagged</span> words and <img src=x onerror=alert(1)> here.

                <div class="box">
                A raw <b>HTML</b> block.
                </div>

                [A bad link](javascript:alert(1)) stays text.
                """);

        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::text).containsExactly(
                "Opening paragraph of the story.",
                "Inline tagged words and here.",
                "A raw HTML block.",
                "A bad link stays text.");
        assertThat(draft.paragraphs()).flatExtracting(ArticleDraft.Block::links).isEmpty();
        assertThat(draft.cleanupLog().getFirst())
                .isEqualTo("Removed 5 pieces of HTML written into the Markdown; only their text was kept.");
    }

    @Test
    void without_a_leading_heading_there_is_no_title_and_later_headings_stay_text() {
        ArticleDraft draft = MarkdownArticleParser.parse("""
                Opening paragraph of the story.

                # A section

                More of the story.
                """);

        assertThat(draft.metadata().title()).isNull();
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::kind, ArticleDraft.Block::text).containsExactly(
                tuple(ParagraphKind.PARAGRAPH, "Opening paragraph of the story."),
                tuple(ParagraphKind.HEADING, "A section"),
                tuple(ParagraphKind.PARAGRAPH, "More of the story."));
    }

    @Test
    void markdown_nested_absurdly_deep_is_refused_instead_of_crashing() {
        assertThatThrownBy(() -> MarkdownArticleParser.parse("Text.\n\n" + ">".repeat(100_000) + " deep"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than 100 levels deep");
    }

    @Test
    void markdown_without_running_text_is_refused() {
        assertThatThrownBy(() -> MarkdownArticleParser.parse("# Only a title\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("No article text was found");
    }
}
