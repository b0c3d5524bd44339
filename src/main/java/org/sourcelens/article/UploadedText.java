package org.sourcelens.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/**
 * Reads an uploaded article file into text before it is parsed: refuses what cannot be an article
 * (empty, too large, binary, or an unsupported kind of file) with a message that tells an instructor
 * what to do instead, works out the character encoding, and decides from the file name (and for a
 * ".txt", from its content) whether it is plain text, Markdown or HTML.
 */
final class UploadedText {

    static final long MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, String> FORMAT_BY_EXTENSION = Map.of("txt", "text", "md", "markdown",
            "markdown", "markdown", "html", "html", "htm", "html");
    private static final Pattern HTML_START = Pattern.compile("(?i)<(!doctype\\s+html|html)[\\s>]");
    private static final double BYTES_PER_MB = 1024 * 1024;

    private UploadedText() {
    }

    /** A file's text, its format ("text", "markdown" or "html"), and notes on how it was read, for the import log. */
    record Decoded(String text, String format, List<String> notes) {

        Decoded {
            notes = List.copyOf(notes);
        }
    }

    /** Refuses a file over {@link #MAX_BYTES} before it is read. */
    static void checkSize(long size) {
        if (size > MAX_BYTES) {
            throw new ValidationException(Message.of("article.refused.theFileIsMbBut", megabytes(size)));
        }
    }

    static Decoded decode(String fileName, byte[] bytes) {
        String name = displayName(fileName);
        checkSize(bytes.length);
        refuseIfEmpty(name, bytes.length == 0);
        UploadedFileSniffer.refuseKnownBinary(name, bytes);
        String format = formatOf(name);
        List<String> notes = new ArrayList<>();
        String text = UploadedTextEncoding.decode(name, bytes, format.equals("html"), notes);
        refuseIfEmpty(name, text.isBlank());
        if (format.equals("text") && startsAsWebPage(text)) {
            format = "html";
            notes.add("The file \"" + name + "\" holds a web page (HTML), so it was read as one.");
        }
        return new Decoded(text, format, notes);
    }

    /** Saved pages may open with comments, such as the "saved from url" mark some browsers add. */
    private static boolean startsAsWebPage(String text) {
        int start = 0;
        while (true) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (!text.startsWith("<!--", start)) {
                break;
            }
            int end = text.indexOf("-->", start);
            if (end < 0) {
                return false;
            }
            start = end + 3;
        }
        return HTML_START.matcher(text).region(start, text.length()).lookingAt();
    }

    private static void refuseIfEmpty(String name, boolean empty) {
        if (empty) {
            throw new ValidationException(Message.of("article.refused.theFileIsEmptyThere", name));
        }
    }

    private static String formatOf(String name) {
        int dot = name.lastIndexOf('.');
        String format = dot < 0 ? null : FORMAT_BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new ValidationException(Message.of("article.refused.theFileIsNotA", name));
        }
        return format;
    }

    /** Browsers may send a full path ("C:\fakepath\story.html"); only the name means anything to the user. */
    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "(no name)";
        }
        String name = fileName.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1f", Math.ceil(size * 10 / BYTES_PER_MB) / 10);
    }
}
