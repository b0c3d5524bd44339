package org.sourcelens.article.sourcemap;

import java.util.Locale;

/** One word of a passage with its offsets; internal hyphens, apostrophes and dots stay inside. */
record Word(String text, int start, int end) {

    boolean capitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean possessive() {
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }

    /** The word without a possessive ending. */
    String bare() {
        return possessive() ? text.substring(0, text.length() - 2) : text;
    }

    int bareEnd() {
        return possessive() ? end - 2 : end;
    }

    String lower() {
        return bare().toLowerCase(Locale.ROOT);
    }

    boolean hasLetter() {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** "MEK", "NGO", "U.S": all letters upper-case and more than one of them. */
    boolean acronym() {
        long letters = bare().codePoints().filter(Character::isLetter).count();
        return letters >= 2 && bare().codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
