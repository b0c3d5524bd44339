package org.sourcelens.article;

import java.util.Locale;

/** What the library list shows: a search over title and outlet, and whether archived articles are included. */
public record LibraryFilter(String search, boolean includeArchived) {

    public static LibraryFilter all() {
        return new LibraryFilter("", false);
    }

    String pattern() {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
