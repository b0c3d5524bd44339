package org.sourcelens.base;

/**
 * Text for a cell of a CSV file that people open in a spreadsheet: text starting like a formula
 * ({@code = + - @}, tab or carriage return) gets a leading apostrophe, so the spreadsheet shows it
 * instead of running it. Quoting is the CSV library's job.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
