package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks shared by the article tests. */
final class SourceMapAssertions {

    private SourceMapAssertions() {
    }

    /** Every item links to its place: the span's text is exactly that stretch of its block. */
    static void assertEverySpanMatchesItsBlock(SourceText text, SourceMap map) {
        Map<String, String> blocks = text.blocks().stream()
                .collect(Collectors.toMap(SourceText.Block::anchor, SourceText.Block::text));
        List<TextSpan> spans = allSpans(map);
        assertThat(spans).isNotEmpty();
        for (TextSpan span : spans) {
            assertThat(blocks).as("anchor of %s", span).containsKey(span.anchor());
            String block = blocks.get(span.anchor());
            assertThat(span.end()).as("end of %s", span).isLessThanOrEqualTo(block.length());
            assertThat(block.substring(span.start(), span.end())).as("text of %s", span).isEqualTo(span.text());
        }
        map.figures().forEach(f -> assertThat(f.text()).isEqualTo(f.span().text()));
        map.unnamedSources().forEach(u -> assertThat(u.phrase()).isEqualTo(u.span().text().replaceAll("\\s+", " ")));
        map.citations().forEach(c -> assertThat(c.spans()).first().isEqualTo(c.span()));
        map.speakers().forEach(s -> s.quotes().forEach(q -> assertThat(q.parts()).first().isEqualTo(q.span())));
    }

    static List<TextSpan> allSpans(SourceMap map) {
        List<TextSpan> spans = new ArrayList<>();
        for (Speaker speaker : map.speakers()) {
            spans.add(speaker.firstMention());
            for (Quote quote : speaker.quotes()) {
                spans.add(quote.span());
                spans.addAll(quote.parts());
                spans.add(quote.attribution());
            }
        }
        map.unnamedSources().forEach(u -> spans.add(u.span()));
        map.citations().forEach(c -> spans.addAll(c.spans()));
        map.figures().forEach(f -> spans.add(f.span()));
        map.hedges().forEach(m -> spans.add(m.span()));
        map.loadedWords().forEach(m -> spans.add(m.span()));
        return spans;
    }

    static Speaker speaker(SourceMap map, String name) {
        return map.speakers().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker " + name + " in " + names(map)));
    }

    static List<String> names(SourceMap map) {
        return map.speakers().stream().map(Speaker::name).toList();
    }

    static <T> List<String> texts(List<T> items, Function<T, TextSpan> span) {
        return items.stream().map(span).map(TextSpan::text).toList();
    }

    static List<String> words(List<Marker> markers) {
        return markers.stream().map(Marker::word).toList();
    }

    static SourceText paragraphs(String... paragraphs) {
        List<SourceText.Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String anchor = paragraph.startsWith("NOTE ") ? "note-" : "p";
            long number = blocks.stream().filter(b -> b.anchor().startsWith(anchor)).count() + 1;
            blocks.add(new SourceText.Block(anchor + number, paragraph.startsWith("NOTE ") ? paragraph.substring(5) : paragraph));
        }
        return new SourceText(blocks);
    }
}
