package org.sourcelens.article.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.base.ui.Texts;

/**
 * Renders one article version for reading: a header with what the article states about its origin
 * ("not stated" where it says nothing, which is a sourcing lesson in itself), the paragraphs with
 * their stable ids, and the notes. All text goes in as text, never as HTML.
 */
public class ArticleReader extends Article {

    static String notStated() {
        return Texts.get("article.notStated");
    }
    private final List<Mark> marks;
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    /** A highlighted range of one paragraph, shown as a mark labelled with its tag; {@code id} is the highlight's. */
    public record Mark(String anchor, int start, int end, String tag, String label, boolean own, long id) {

        /** The marks of a passage that may cross paragraphs: one per paragraph it covers. */
        public static List<Mark> across(ArticleContent article, String startAnchor, int startOffset, String endAnchor,
                int endOffset, String tag, String label, boolean own, long id) {
            List<String> anchors = article.paragraphs().stream().map(ArticleContent.Paragraph::anchor).toList();
            List<Mark> marks = new java.util.ArrayList<>();
            int first = anchors.indexOf(startAnchor);
            int last = anchors.indexOf(endAnchor);
            for (int i = first; i >= 0 && i <= last; i++) {
                int start = i == first ? startOffset : 0;
                int end = i == last ? endOffset : article.paragraphs().get(i).text().length();
                marks.add(new Mark(anchors.get(i), start, end, tag, label, own, id));
            }
            return marks;
        }
    }

    /**
     * Makes what is shown for a piece of a paragraph, {@code start} to {@code end}, that marks cover: the
     * piece's text (or link) wrapped in a mark. Pieces end wherever a mark or a link does.
     */
    @FunctionalInterface
    public interface Marker extends Serializable {
        Component mark(Component text, int start, int end, List<Mark> covering);
    }

    public ArticleReader(ArticleContent content, Locale locale) {
        this(content, locale, List.of());
    }

    public ArticleReader(ArticleContent content, Locale locale, List<Mark> marks) {
        this(content, locale, marks, ArticleReader::tagged);
    }

    public ArticleReader(ArticleContent content, Locale locale, List<Mark> marks, Marker marker) {
        this.marks = marks;
        addClassName("article-reader");
        getElement().setAttribute("data-article-id", String.valueOf(content.articleId()));
        getElement().setAttribute("data-article-version", String.valueOf(content.versionNo()));
        add(header(content, locale), body(content, marks, marker));
        if (!content.notes().isEmpty()) {
            add(notes(content));
        }
    }

    private static Header header(ArticleContent content, Locale locale) {
        H1 title = new H1(content.title());
        title.setId("article-title");
        DescriptionList facts = new DescriptionList();
        facts.setId("article-facts");
        facts.addClassName("article-facts");
        String outlet = content.outlet()
                .map(name -> content.outletKind().map(kind -> name + " — " + kind).orElse(name))
                .orElse(notStated());
        addFact(facts, Texts.get("article.reader.outlet"), outlet, "fact-outlet");
        addFact(facts, Texts.get("article.reader.author"), content.author().orElse(notStated()), "fact-author");
        String date = content.published().map(d -> d.display(locale)).orElse(notStated());
        addFact(facts, Texts.get("article.reader.published"), date + content.publishedNote().map(note -> " — " + note).orElse(""),
                "fact-published");
        content.originalUrl().ifPresent(url -> {
            facts.add(new DescriptionList.Term(Texts.get("article.reader.originalUrl")));
            facts.add(new DescriptionList.Description(link(url)));
        });
        return new Header(title, facts);
    }

    private static void addFact(DescriptionList facts, String term, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId(id);
        if (value.startsWith(notStated())) {
            description.addClassName("not-stated");
        }
        facts.add(new DescriptionList.Term(term), description);
    }

    private static Section body(ArticleContent content, List<Mark> marks, Marker marker) {
        Section body = new Section();
        body.addClassName("article-body");
        body.setId("article-body");
        for (ArticleContent.Paragraph paragraph : content.paragraphs()) {
            Component block = switch (paragraph.kind()) {
                case HEADING -> withText(new H2(), paragraph, marks, marker);
                case QUOTE -> withText(new Paragraph(), paragraph, marks, marker, "quote");
                case LIST_ITEM -> withText(new Paragraph(), paragraph, marks, marker, "article-paragraph", "list-item");
                case PARAGRAPH -> withText(new Paragraph(), paragraph, marks, marker, "article-paragraph");
            };
            block.setId(paragraph.anchor());
            block.getElement().setAttribute("data-anchor", paragraph.anchor());
            body.add(block);
        }
        return body;
    }

    /**
     * Fills a block with its text: links as anchors over their ranges, highlights as the marker makes
     * them, everything else as plain text.
     */
    private static <T extends HtmlContainer> T withText(T block, ArticleContent.Paragraph paragraph, List<Mark> marks,
            Marker marker, String... classNames) {
        block.addClassNames(classNames);
        String text = paragraph.text();
        List<ArticleDraft.Link> links = paragraph.links().stream()
                .filter(l -> l.start() >= 0 && l.end() <= text.length() && l.start() < l.end()).toList();
        List<Mark> here = marks.stream().filter(m -> m.anchor().equals(paragraph.anchor()))
                .filter(m -> m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        links.forEach(l -> { cuts.add(l.start()); cuts.add(l.end()); });
        here.forEach(m -> { cuts.add(m.start()); cuts.add(m.end()); });
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from;
            int b = to;
            String piece = text.substring(a, b);
            ArticleDraft.Link link = links.stream().filter(l -> l.start() <= a && b <= l.end()).findFirst().orElse(null);
            Component shown;
            if (link != null) {
                Anchor anchor = link(link.href());
                anchor.setText(piece);
                shown = anchor;
            } else {
                shown = new Text(piece);
            }
            List<Mark> covering = here.stream().filter(m -> m.start() <= a && b <= m.end()).toList();
            block.add(covering.isEmpty() ? shown : marker.mark(shown, a, b, covering));
            from = to;
        }
        return block;
    }

    /** A reader's mark: labelled with its tag (so colour is never the only cue), the others' as density. */
    private static Component tagged(Component text, int start, int end, List<Mark> covering) {
        Mark mark = covering.stream().filter(Mark::own).reduce((x, y) -> y).orElse(covering.getLast());
        List<Mark> peers = covering.stream().filter(m -> !m.own()).toList();
        NativeMark marked = new NativeMark(text);
        marked.addClassName(mark.own() ? "highlight" : "peer-highlight");
        marked.getElement().setAttribute("data-tag", mark.tag());
        marked.getElement().setAttribute("data-highlight", String.valueOf(mark.id()));
        if (mark.own() && end == mark.end()) {
            // The tag is written after the end of the mark (styles.css), for readers who cannot tell the colours apart.
            marked.addClassName("tag-end");
        }
        if (!peers.isEmpty()) {
            // How many others marked this stretch: the class's attention, shown as density.
            marked.getElement().setAttribute("data-density", String.valueOf(Math.min(peers.size(), 4)));
            marked.getElement().setAttribute("data-peers", String.valueOf(peers.size()));
        }
        marked.getElement().setAttribute("title", label(mark, peers));
        // Read out by screen readers with the marked text (a title alone is often not announced).
        marked.getElement().setAttribute("aria-description", label(mark, peers));
        return marked;
    }

    private static String label(Mark shown, List<Mark> peers) {
        if (peers.isEmpty() || (peers.size() == 1 && !shown.own())) {
            return shown.label();
        }
        StringBuilder label = new StringBuilder(shown.own() ? shown.label() + "\n" : "");
        label.append(Texts.get("article.reader.otherHighlights", peers.size()));
        peers.stream().limit(5).forEach(peer -> label.append("\n").append(peer.label()));
        if (peers.size() > 5) {
            label.append("\n…");
        }
        return label.toString();
    }

    /**
     * Shows the article's title as a second-level heading, for a view that has its own h1 (the
     * workspace, a student's work, the heat map), so each page keeps exactly one h1.
     */
    public ArticleReader withTitleAsSubheading() {
        getChildren().filter(Header.class::isInstance).findFirst().ifPresent(header -> header.getChildren()
                .filter(H1.class::isInstance).findFirst().ifPresent(h1 -> {
                    H2 title = new H2(((H1) h1).getText());
                    title.setId("article-title");
                    ((Header) header).replace(h1, title);
                }));
        return this;
    }

    /** The HTML mark element, for highlighted text. */
    @com.vaadin.flow.component.Tag("mark")
    static class NativeMark extends HtmlContainer {

        NativeMark(Component content) {
            add(content);
        }
    }

    private static Section notes(ArticleContent content) {
        OrderedList list = new OrderedList();
        list.setId("article-notes");
        for (ArticleContent.Note note : content.notes()) {
            ListItem item = new ListItem();
            item.setId("note-" + note.number());
            item.getElement().setAttribute("value", String.valueOf(note.number()));
            addTextWithLinks(item, note.text());
            list.add(item);
        }
        Section section = new Section(new H2(Texts.get("article.reader.notes")), list);
        section.addClassName("article-notes");
        return section;
    }

    private static void addTextWithLinks(ListItem item, String text) {
        Matcher address = WEB_ADDRESS.matcher(text);
        int last = 0;
        while (address.find()) {
            if (address.start() > last) {
                item.add(new Span(text.substring(last, address.start())));
            }
            item.add(link(address.group()));
            last = address.end();
        }
        if (last < text.length()) {
            item.add(new Span(text.substring(last)));
        }
    }

    private static Anchor link(String url) {
        Anchor anchor = new Anchor(url, url, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        return anchor;
    }
}
