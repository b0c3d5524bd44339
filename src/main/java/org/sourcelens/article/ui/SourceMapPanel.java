package org.sourcelens.article.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcelens.article.sourcemap.Citation;
import org.sourcelens.article.sourcemap.CitationKind;
import org.sourcelens.article.sourcemap.Marker;
import org.sourcelens.article.sourcemap.Quote;
import org.sourcelens.article.sourcemap.QuoteKind;
import org.sourcelens.article.sourcemap.SourceMap;
import org.sourcelens.article.sourcemap.Speaker;
import org.sourcelens.article.sourcemap.TextSpan;
import org.sourcelens.base.ui.Texts;

/**
 * The source map of an article beside its text: who is quoted and as what, unnamed sources, what is
 * cited, the figures, hedges and loaded words. Every item is a button that takes the reader (and
 * the keyboard focus) to its place in the text.
 */
public class SourceMapPanel extends Aside {

    public SourceMapPanel(SourceMap map) {
        setId("source-map");
        addClassName("source-map");
        getElement().setAttribute("aria-labelledby", "source-map-title");
        H2 title = new H2(getTranslation("article.sourceMap.heading"));
        title.setId("source-map-title");
        add(title, new Paragraph(getTranslation("article.sourceMap.intro")));
        add(speakers(map.speakers()));
        add(section("unnamed-sources", getTranslation("article.sourceMap.unnamedSources"), map.unnamedSources(),
                source -> item(source.phrase(), source.span())));
        add(citations(map.citations()));
        add(section("figures", getTranslation("article.sourceMap.figures"), map.figures(),
                figure -> item(figure.text() + (figure.subject() == null ? "" : " — " + figure.subject()),
                        figure.span())));
        add(markers("hedges", getTranslation("article.sourceMap.hedges"), map.hedges()));
        add(markers("loaded-words", getTranslation("article.sourceMap.loadedWords"), map.loadedWords()));
    }

    private static Section speakers(List<Speaker> speakers) {
        UnorderedList list = new UnorderedList();
        list.setId("speakers");
        for (Speaker speaker : speakers) {
            ListItem entry = new ListItem();
            entry.addClassName("speaker");
            Span name = new Span(speaker.name());
            name.addClassName("speaker-name");
            Span counts = new Span(Texts.get("article.sourceMap.quoteCounts", speaker.directQuotes(),
                    speaker.indirectQuotes()));
            counts.addClassName("card-meta");
            entry.add(name, counts);
            if (!speaker.roles().isEmpty()) {
                Paragraph roles = new Paragraph(String.join("; ", speaker.roles()));
                roles.addClassName("speaker-roles");
                entry.add(roles);
            }
            UnorderedList quotes = new UnorderedList();
            for (Quote quote : speaker.quotes()) {
                String label = Texts.get(quote.kind() == QuoteKind.DIRECT ? "article.sourceMap.direct"
                        : "article.sourceMap.reported", abbreviate(quote.span().text()));
                quotes.add(new ListItem(jumpTo(label, quote.span())));
            }
            entry.add(quotes);
            list.add(entry);
        }
        return titled(Texts.get("article.sourceMap.quotedByName", speakers.size()), list, speakers.isEmpty()
                ? Texts.get("article.sourceMap.noOneQuoted") : null);
    }

    private static Section citations(List<Citation> citations) {
        Map<CitationKind, List<Citation>> byKind = citations.stream()
                .collect(Collectors.groupingBy(Citation::kind));
        UnorderedList list = new UnorderedList();
        list.setId("citations");
        for (CitationKind kind : CitationKind.values()) {
            for (Citation citation : byKind.getOrDefault(kind, List.of())) {
                String label = citation.source() + (citation.detail() == null || citation.detail().isBlank()
                        ? "" : ", " + citation.detail()) + " (" + kindLabel(kind) + ")";
                list.add(item(label, citation.span()));
            }
        }
        return titled(Texts.get("article.sourceMap.cited", citations.size()), list,
                citations.isEmpty() ? Texts.get("article.sourceMap.nothingCited") : null);
    }

    private static Section markers(String id, String heading, List<Marker> markers) {
        return section(id, heading, markers, marker -> item(marker.word(), marker.span()));
    }

    private static <T> Section section(String id, String heading, List<T> items, Function<T, ListItem> toItem) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        items.forEach(item -> list.add(toItem.apply(item)));
        return titled(Texts.get("article.sourceMap.counted", heading, items.size()), list, items.isEmpty() ? Texts.get("article.sourceMap.noneFound") : null);
    }

    private static Section titled(String heading, UnorderedList list, String emptyText) {
        Section section = new Section(new H3(heading));
        section.add(emptyText == null ? list : new Paragraph(emptyText));
        return section;
    }

    private static ListItem item(String label, TextSpan span) {
        return new ListItem(jumpTo(label, span));
    }

    private static Component jumpTo(String label, TextSpan span) {
        NativeButton button = new NativeButton(label + " · " + placeName(span.anchor()));
        button.addClassName("source-map-item");
        button.getElement().setAttribute("data-anchor", span.anchor());
        button.addClickListener(click -> button.getElement().executeJs(
                "const target = document.getElementById($0);"
                        + "if (target) { target.setAttribute('tabindex', '-1');"
                        + " target.scrollIntoView({behavior: 'smooth', block: 'center'}); target.focus();"
                        + " target.classList.add('flash'); setTimeout(() => target.classList.remove('flash'), 2000); }",
                span.anchor()));
        return button;
    }

    private static String placeName(String anchor) {
        return anchor.startsWith("note-") ? Texts.get("article.sourceMap.placeNote", anchor.substring(5))
                : Texts.get("article.sourceMap.placeParagraph", anchor.substring(1));
    }

    private static String kindLabel(CitationKind kind) {
        return switch (kind) {
            case INLINE -> Texts.get("article.sourceMap.kind.inline");
            case NOTE -> Texts.get("article.sourceMap.kind.note");
            case OUTLET -> Texts.get("article.sourceMap.kind.outlet");
            case DOCUMENT -> Texts.get("article.sourceMap.kind.document");
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
