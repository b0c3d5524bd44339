package org.sourcelens.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times and numbers as the person at the screen reads them: in the UI's locale and the
 * browser's time zone (the server's zone until the browser has told it). The patterns live in the
 * message bundle ({@code format.*}), so a translation can reorder day and month as its readers expect.
 */
public final class LocalFormat {

    private LocalFormat() {
    }

    /** Weekday, day, month, year and minutes: due dates. */
    public static String dateTime(Instant instant) {
        return format("format.dateTime", instant);
    }

    /** Weekday, day, month and minutes: recent events on a dashboard. */
    public static String dayTime(Instant instant) {
        return format("format.dayTime", instant);
    }

    /** Day, month and minutes: replies in a discussion. */
    public static String shortDateTime(Instant instant) {
        return format("format.shortDateTime", instant);
    }

    /** Hours, minutes and seconds: autosave and live updates. */
    public static String time(Instant instant) {
        return format("format.time", instant);
    }

    /** A full, sortable timestamp: the audit log. */
    public static String timestamp(Instant instant) {
        return format("format.timestamp", instant);
    }

    /** A calendar day in the locale's medium style. */
    public static String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(instant.atZone(zone()));
    }

    /** Points and other small numbers: whole numbers without decimals, others with up to two. */
    public static String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A sum of points that may be fractional, always with at least one decimal: "9.0", "3.5". */
    public static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** Whole counts with the locale's grouping. */
    public static String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.getDefault() : ui.getLocale();
    }

    /** The browser's zone when Vaadin has received the client details, otherwise the server's. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException unknownZone) {
                return ZoneId.systemDefault();
            }
        }
        return ZoneId.systemDefault();
    }

    private static String format(String patternKey, Instant instant) {
        Locale locale = locale();
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(I18NProvider.translate(locale, patternKey), locale);
        return formatter.format(instant.atZone(zone()));
    }
}
