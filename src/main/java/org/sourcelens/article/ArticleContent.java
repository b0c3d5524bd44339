package org.sourcelens.article;

import java.util.List;
import java.util.Optional;

/** Everything the reader shows of one version of an article. Empty optionals mean "not stated". */
public record ArticleContent(long articleId, int versionNo, String title, Optional<String> outlet,
        Optional<String> outletKind, Optional<String> author, Optional<PublicationDate> published,
        Optional<String> publishedNote, Optional<String> originalUrl, List<Paragraph> paragraphs, List<Note> notes) {

    public record Paragraph(String anchor, ParagraphKind kind, String text, List<ArticleDraft.Link> links) {

        public Paragraph {
            links = List.copyOf(links);
        }
    }

    public record Note(int number, String text) {
    }
}
