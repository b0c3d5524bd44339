package org.sourcelens.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BrowserLocaleTest {

    private static final Locale EN_GB = Locale.forLanguageTag("en-GB");
    private static final Locale FR_FR = Locale.forLanguageTag("fr-FR");
    private static final Locale DE_AT = Locale.forLanguageTag("de-AT");

    @Test
    void english_browsers_keep_their_country_so_dates_and_numbers_follow_it() {
        assertThat(BrowserLocale.choose(List.of(EN_GB, Locale.ENGLISH), List.of())).contains(EN_GB);
    }

    @Test
    void a_language_without_texts_is_still_the_locale_and_texts_fall_back_to_english() {
        assertThat(BrowserLocale.choose(List.of(FR_FR), List.of())).contains(FR_FR);
    }

    @Test
    void a_later_preference_with_texts_wins_over_a_first_one_without() {
        assertThat(BrowserLocale.choose(List.of(FR_FR, DE_AT), List.of(Locale.GERMAN))).contains(DE_AT);
        assertThat(BrowserLocale.choose(List.of(FR_FR, EN_GB), List.of())).contains(EN_GB);
    }

    @Test
    void a_translated_language_keeps_the_browsers_country() {
        assertThat(BrowserLocale.choose(List.of(DE_AT), List.of(Locale.GERMAN))).contains(DE_AT);
    }

    @Test
    void nothing_usable_leaves_the_locale_alone() {
        assertThat(BrowserLocale.choose(List.of(), List.of(Locale.GERMAN))).isEmpty();
        assertThat(BrowserLocale.choose(List.of(Locale.ROOT), List.of())).isEmpty();
    }
}
