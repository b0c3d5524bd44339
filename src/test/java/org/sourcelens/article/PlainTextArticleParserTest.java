package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.sourcelens.base.ValidationException;

class PlainTextArticleParserTest {

    private static final String SCRAPED = """
            Loading menu

            Harbour fees double overnight

            By Dana Whitfield

            Publication: Coastal Review Volume: 3 Issue: 7

            A harbour crane at dawn.
            Getty Images

            A harbour crane at dawn.

            Fees at the harbour doubled on Monday, officials said. [1]

            What traders say

            “We were not consulted,” said one trader.

            Sources

            1. Harbour authority notice (May 2).

            1. Ibid.

            Back to top
            """;

    @Test
    void a_scraped_article_becomes_title_byline_clean_paragraphs_and_numbered_notes() {
        ArticleDraft draft = PlainTextArticleParser.parse(SCRAPED);

        assertThat(draft.metadata().title()).isEqualTo("Harbour fees double overnight");
        assertThat(draft.metadata().author()).isEqualTo("Dana Whitfield");
        assertThat(draft.metadata().outlet()).isEqualTo("Coastal Review");
        assertThat(draft.paragraphs()).extracting(ArticleDraft.Block::kind, ArticleDraft.Block::text).containsExactly(
                tuple(ParagraphKind.PARAGRAPH, "Fees at the harbour doubled on Monday, officials said. [1]"),
                tuple(ParagraphKind.HEADING, "What traders say"),
                tuple(ParagraphKind.PARAGRAPH, "“We were not consulted,” said one trader."));
        assertThat(draft.notes()).containsExactly("Harbour authority notice (May 2).", "Ibid.");
        assertThat(draft.cleanupLog()).isNotEmpty();
    }

    @Test
    void empty_text_is_refused_with_a_message() {
        assertThatThrownBy(() -> PlainTextArticleParser.parse(" \n\n \t"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("empty");
    }

    @Test
    void text_without_a_running_paragraph_is_refused() {
        assertThatThrownBy(() -> PlainTextArticleParser.parse("Just a title\n\nA heading\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("No article text");
    }
}
