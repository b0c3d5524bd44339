package org.sourcelens.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.assignment.AssignmentFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A second language (the test-only translations_de.properties) changes what a view says, keys it
 * lacks fall back to English, and dates follow the UI's locale and the browser's time zone.
 */
class LocalizedViewKT extends KaribuTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Autowired
    AssignmentFixture fixture;

    @Test
    void english_is_the_default_and_dates_use_the_english_pattern() {
        Instant due = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        fixture.create(null, due, true);
        navigate("assignments");

        assertThat(_get(H1.class).getText()).isEqualTo("My assignments");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My assignments · SourceLens");
        assertThat(dueText()).isEqualTo("Due " + DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", UI.getCurrent().getLocale())
                .format(due.atZone(LocalFormat.zone())));
    }

    @Test
    void a_german_ui_shows_the_german_texts_and_german_dates_in_the_browsers_time_zone() {
        Instant due = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        fixture.create(null, due, true);
        UI.getCurrent().setLocale(Locale.GERMAN);
        browserTimeZone(AUCKLAND);
        navigate("assignments");

        assertThat(_get(H1.class).getText()).isEqualTo("Meine Aufgaben");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Meine Aufgaben · SourceLens");
        String expectedDate = DateTimeFormatter.ofPattern("EEE d. MMM yyyy, HH:mm", Locale.GERMAN)
                .format(due.atZone(AUCKLAND));
        assertThat(dueText()).isEqualTo("Fällig am " + expectedDate);
        // A key the German bundle lacks falls back to the English text.
        assertThat(_find(Span.class, spec -> spec.withClasses("status-badge")).getFirst().getText())
                .isEqualTo("Not started");
    }

    @Test
    void a_browser_locale_without_texts_gets_english_texts_with_its_own_dates_and_numbers() {
        Instant due = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        fixture.create(null, due, true);
        // What BrowserLocale sets for "Accept-Language: fr-FR": no French bundle, so English texts.
        Locale french = BrowserLocale.choose(java.util.List.of(Locale.forLanguageTag("fr-FR")), java.util.List.of())
                .orElseThrow();
        UI.getCurrent().setLocale(french);
        navigate("assignments");

        assertThat(_get(H1.class).getText()).isEqualTo("My assignments");
        assertThat(dueText()).isEqualTo("Due " + DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.FRANCE)
                .format(due.atZone(LocalFormat.zone())));
        assertThat(LocalFormat.number(2.5)).isEqualTo("2,5");
        UI.getCurrent().setLocale(Locale.UK);
        assertThat(LocalFormat.number(2.5)).isEqualTo("2.5");
        assertThat(LocalFormat.date(Instant.parse("2026-03-04T12:00:00Z"))).startsWith("4 Mar");
    }

    @Test
    void texts_from_services_are_translated_in_the_readers_language_with_dates_in_the_readers_zone() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        browserTimeZone(AUCKLAND);
        Instant opens = Instant.parse("2026-03-04T20:30:00Z");

        assertThat(Texts.get(org.sourcelens.base.Message.of("assignment.locked.notOpen", opens)))
                .isEqualTo("Diese Aufgabe öffnet am " + DateTimeFormatter.ofPattern("EEE d. MMM yyyy, HH:mm", Locale.GERMAN)
                        .format(opens.atZone(AUCKLAND)) + ".");
        assertThat(Texts.get(org.sourcelens.base.Message.of("teaching.distribution.meanRating", 3.25)))
                .isEqualTo("Mittlere Bewertung 3,2.");
        // A refusal nests the reason; a key the German bundle lacks falls back to English.
        org.sourcelens.base.ValidationException refusal = new org.sourcelens.base.ValidationException(
                org.sourcelens.base.Message.of("assignment.refused.inQuestion", 2,
                        org.sourcelens.base.Message.of("assignment.refused.markExactlyOneOptionAs")));
        assertThat(Texts.of(refusal)).isEqualTo("Frage 2: Mark exactly one option as correct.");
        assertThat(refusal).hasMessage("Question 2: Mark exactly one option as correct.");
    }

    @Test
    void numbers_follow_the_locale() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThat(LocalFormat.number(2.5)).isEqualTo("2,5");
        assertThat(LocalFormat.decimal(9)).isEqualTo("9,0");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(LocalFormat.number(2.5)).isEqualTo("2.5");
        assertThat(LocalFormat.number(3)).isEqualTo("3");
    }

    @Test
    void without_the_browsers_time_zone_the_servers_zone_is_used() {
        assertThat(LocalFormat.zone()).isEqualTo(ZoneId.systemDefault());
        browserTimeZone(AUCKLAND);
        assertThat(LocalFormat.zone()).isEqualTo(AUCKLAND);
    }

    private static String dueText() {
        return _find(Span.class, spec -> spec.withClasses("card-meta")).stream().map(Span::getText)
                .filter(text -> text.startsWith("Due") || text.startsWith("Fällig")).findFirst().orElseThrow();
    }

    /** What the browser reports at bootstrap, as Vaadin stores it for the UI. */
    private static void browserTimeZone(ZoneId zone) {
        int offset = zone.getRules().getOffset(Instant.now()).getTotalSeconds() * 1000;
        Map<String, String> values = Map.ofEntries(Map.entry("v-sw", "1280"), Map.entry("v-sh", "800"),
                Map.entry("v-ww", "1280"), Map.entry("v-wh", "800"), Map.entry("v-bw", "1280"),
                Map.entry("v-bh", "800"), Map.entry("v-tzo", String.valueOf(offset)),
                Map.entry("v-rtzo", String.valueOf(offset)), Map.entry("v-dstd", "0"),
                Map.entry("v-dston", "false"), Map.entry("v-tzid", zone.getId()),
                Map.entry("v-curdate", String.valueOf(Instant.now().toEpochMilli())),
                Map.entry("v-td", "false"), Map.entry("v-pr", "1"), Map.entry("v-wn", "test"),
                Map.entry("v-np", "Linux"), Map.entry("v-cs", "light"), Map.entry("v-tn", "UTC"));
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), values::get);
    }
}
