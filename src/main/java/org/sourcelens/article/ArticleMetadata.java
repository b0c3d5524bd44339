package org.sourcelens.article;

/**
 * What is known about an article's origin. Blank fields mean "not stated"; {@code publishedNote}
 * says how a date was inferred or why there is none.
 */
public record ArticleMetadata(String title, String outlet, String outletKind, String author, String published,
        String publishedNote, String originalUrl) {

    public static ArticleMetadata empty() {
        return new ArticleMetadata(null, null, null, null, null, null, null);
    }

    /** These values where given, otherwise the fallback's. */
    ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(first(title, fallback.title), first(outlet, fallback.outlet),
                first(outletKind, fallback.outletKind), first(author, fallback.author),
                first(published, fallback.published), first(publishedNote, fallback.publishedNote),
                first(originalUrl, fallback.originalUrl));
    }

    private static String first(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
