package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.allSpans;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMapAnalyzerTest {

    @Test
    void an_empty_text_has_an_empty_source_map() {
        SourceMap map = SourceMapAnalyzer.analyze(new SourceText(List.of()));
        assertThat(allSpans(map)).isEmpty();
        assertThat(SourceMapAnalyzer.analyze(paragraphs("", "   ")).speakers()).isEmpty();
    }

    @Test
    void malformed_text_is_analysed_without_failing_and_spans_stay_in_their_blocks() {
        SourceText text = paragraphs(
                "“ ” \" \" “", "(((", ")", "[1] [", "$", "1,", "said said said he", ", , ,", "‘’'",
                "“Unclosed to the end, said Ana Pop,", "NOTE", "NOTE https://", "NOTE Ibid.",
                "May. May May 2015. Ana Pop’s. The. Dr. Mr",
                "“" + "a ".repeat(5_000), "x".repeat(10_000), ("(" + "Exit.al, March 14; ".repeat(50) + ")"),
                "officials " + "a ".repeat(3_000) + "said", "1 ".repeat(3_000));
        SourceMap map = SourceMapAnalyzer.analyze(text);
        List<String> anchors = text.blocks().stream().map(SourceText.Block::anchor).toList();
        for (TextSpan span : allSpans(map)) {
            String block = text.blocks().get(anchors.indexOf(span.anchor())).text();
            assertThat(block.substring(span.start(), span.end())).isEqualTo(span.text());
        }
    }

    @Test
    void the_result_cannot_be_changed_by_its_reader() {
        SourceMap map = SourceMapAnalyzer.analyze(paragraphs("“We will stay,” said Ana Pop (Exit.al, March 14)."));
        assertThat(map.speakers()).hasSize(1);
        assertThatThrownBy(() -> map.speakers().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.speakers().get(0).quotes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_span_must_match_its_offsets() {
        assertThatThrownBy(() -> new TextSpan("p1", 0, 3, "ab")).isInstanceOf(IllegalArgumentException.class);
    }
}
