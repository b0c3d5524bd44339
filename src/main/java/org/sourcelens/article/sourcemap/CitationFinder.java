package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects inline references, notes, outlets and documents into one merged list of citations. */
final class CitationFinder {

    private static final Pattern IBID = Pattern.compile("(?i)\\s*(?:ibid|ibidem|id)\\.?\\s*");
    private static final Pattern URL = Pattern.compile("https?://([^/\\s]+)\\S*");
    private static final String DESCRIPTION_TRAILING = ":,;-–—";

    private final ArticleText article;
    private final NameIndex names;

    CitationFinder(ArticleText article, NameIndex names) {
        this.article = article;
        this.names = names;
    }

    List<Citation> find() {
        CitationCollector collector = new CitationCollector();
        List<List<Range>> referenceParentheses = inlineReferences(collector);
        for (Passage passage : article.passages()) {
            if (passage.isNote()) {
                note(passage, collector);
            }
        }
        List<OutletFinder.Outlet> outlets = new OutletFinder(article, names).find();
        outlets(outlets, referenceParentheses, collector);
        documents(outlets, referenceParentheses, collector);
        return collector.citations();
    }

    /** Adds the body's inline references and returns, per passage, the parentheses that hold references. */
    private List<List<Range>> inlineReferences(CitationCollector collector) {
        List<List<Range>> referenceParentheses = new ArrayList<>();
        for (Passage passage : article.passages()) {
            List<InlineCitations.Reference> references = InlineCitations.in(passage);
            referenceParentheses.add(references.stream().map(InlineCitations.Reference::parentheses).toList());
            if (!passage.isNote()) {
                for (InlineCitations.Reference ref : references) {
                    collector.add(ref.source(), CitationKind.INLINE, ref.detail(), passage.index(), ref.span());
                }
            }
        }
        return referenceParentheses;
    }

    private void outlets(List<OutletFinder.Outlet> outlets, List<List<Range>> referenceParentheses,
            CitationCollector collector) {
        Set<String> outletNames = new LinkedHashSet<>();
        for (OutletFinder.Outlet outlet : outlets) {
            Passage passage = article.passage(outlet.passage());
            String name = fullerName(outlet.name(), outletNames);
            collector.add(name, CitationKind.OUTLET, outlet.description(), passage.index(),
                    passage.span(outlet.start(), outlet.end()));
            outletNames.add(name);
        }
        for (String name : outletNames) {
            otherMentions(name, referenceParentheses, collector);
        }
    }

    private void documents(List<OutletFinder.Outlet> outlets, List<List<Range>> referenceParentheses,
            CitationCollector collector) {
        for (DocumentFinder.Document document : new DocumentFinder(article).find(outlets)) {
            if (!inside(referenceParentheses.get(document.passage()), document.start())) {
                Passage passage = article.passage(document.passage());
                collector.add(document.name(), CitationKind.DOCUMENT, document.issuer(), passage.index(),
                        passage.span(document.start(), document.end()));
            }
        }
    }

    /** A note cites its parenthesised reference, else its web address, else itself; "Ibid." repeats the last. */
    private static void note(Passage passage, CitationCollector collector) {
        String text = passage.text();
        TextSpan whole = passage.trimmedSpan(0, text.length(), "");
        if (whole.text().isEmpty()) {
            return;
        }
        if (IBID.matcher(text).matches() && collector.repeatLast(passage.index(), whole)) {
            return;
        }
        List<InlineCitations.Reference> references = InlineCitations.in(passage);
        if (!references.isEmpty()) {
            for (InlineCitations.Reference ref : references) {
                collector.add(ref.source(), CitationKind.NOTE, ref.detail(), passage.index(), ref.span());
            }
            return;
        }
        Matcher url = URL.matcher(text);
        if (url.find()) {
            String host = url.group(1).startsWith("www.") ? url.group(1).substring(4) : url.group(1);
            String description = passage.trimmedSpan(0, url.start(), DESCRIPTION_TRAILING).text();
            collector.add(host, CitationKind.NOTE, description, passage.index(), whole);
            return;
        }
        String source = whole.text().endsWith(".") ? whole.text().substring(0, whole.text().length() - 1) : whole.text();
        collector.add(source, CitationKind.NOTE, "", passage.index(), whole);
    }

    /** Every other place the running text names an outlet already cited, outside quotes and references. */
    private void otherMentions(String name, List<List<Range>> referenceParentheses, CitationCollector collector) {
        for (Passage passage : article.passages()) {
            String text = passage.text();
            for (int at = text.indexOf(name); at >= 0 && !passage.isNote(); at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean wholeWords = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (wholeWords && !article.insideQuote(passage.index(), at)
                        && !inside(referenceParentheses.get(passage.index()), at)) {
                    collector.add(name, CitationKind.OUTLET, "", passage.index(), passage.span(at, end));
                }
            }
        }
    }

    /** "the Courier" after "Karsby Courier" is the same outlet. */
    private static String fullerName(String name, Set<String> known) {
        for (String fuller : known) {
            if (fuller.endsWith(" " + name)) {
                return fuller;
            }
        }
        return name;
    }

    private static boolean inside(List<Range> ranges, int offset) {
        for (Range range : ranges) {
            if (range.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
