package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges repeated citations of the same thing into one, keeping every place it is cited. */
final class CitationCollector {

    private static final class Entry {
        final String source;
        final CitationKind kind;
        String detail;
        final List<TextSpan> spans = new ArrayList<>();
        final List<Integer> passages = new ArrayList<>();

        Entry(String source, CitationKind kind, String detail) {
            this.source = source;
            this.kind = kind;
            this.detail = detail;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private Entry lastAdded;

    /**
     * Adds one citation. Outlets and documents merge by name alone; inline citations and notes also by
     * their detail, because "(Exit.al, March 14)" and "(Exit.al, June 26)" cite different articles.
     */
    void add(String source, CitationKind kind, String detail, int passage, TextSpan span) {
        boolean byNameOnly = kind == CitationKind.OUTLET || kind == CitationKind.DOCUMENT;
        String key = kind + "|" + Vocabulary.lower(source) + (byNameOnly ? "" : "|" + Vocabulary.lower(detail));
        Entry entry = entries.computeIfAbsent(key, k -> new Entry(source, kind, detail));
        if (entry.detail.isEmpty()) {
            entry.detail = detail;
        }
        addSpan(entry, passage, span);
        lastAdded = entry;
    }

    /** "Ibid.": one more place citing whatever was cited last. */
    boolean repeatLast(int passage, TextSpan span) {
        if (lastAdded == null) {
            return false;
        }
        addSpan(lastAdded, passage, span);
        return true;
    }

    private static void addSpan(Entry entry, int passage, TextSpan span) {
        for (TextSpan existing : entry.spans) {
            if (existing.anchor().equals(span.anchor()) && existing.start() == span.start()) {
                return;
            }
        }
        int at = 0;
        while (at < entry.spans.size() && (entry.passages.get(at) < passage
                || entry.passages.get(at) == passage && entry.spans.get(at).start() < span.start())) {
            at++;
        }
        entry.spans.add(at, span);
        entry.passages.add(at, passage);
    }

    List<Citation> citations() {
        return entries.values().stream()
                .sorted(Comparator.<Entry>comparingInt(e -> e.passages.get(0)).thenComparingInt(e -> e.spans.get(0).start()))
                .map(e -> new Citation(e.source, e.kind, e.detail, e.spans.get(0), e.spans))
                .toList();
    }
}
