package org.sourcelens.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/**
 * Works out how an uploaded file's bytes become text. A byte-order mark decides; otherwise the file
 * must be valid UTF-8, which nearly all current files are. Older files are mostly Windows-1252
 * (Western European), and a web page may say what it uses. Whatever was guessed is noted so the
 * instructor checks the preview, and what decodes to control characters or symbol soup is refused.
 */
final class UploadedTextEncoding {

    private static final String WINDOWS_1252_NOTE = "The file is not valid UTF-8; it was read as Windows-1252 "
            + "(Western European). Check accented letters in the preview.";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Browsers read these labels as Windows-1252, so the page's author saw the text that way. */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
            "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252");
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9._:-]+)");
    private static final int DECLARATION_SCAN_BYTES = 4096;
    private static final double MAX_CONTROL_SHARE = 0.02;
    private static final double MIN_READABLE_SHARE = 0.85;

    private UploadedTextEncoding() {
    }

    /** The file's text; how it was read is added to {@code notes} when it was not plain UTF-8. */
    static String decode(String name, byte[] bytes, boolean html, List<String> notes) {
        Reading reading = read(bytes, html, notes);
        String text = reading.text();
        refuseBinary(name, text);
        if (reading.asWindows1252() && readableShare(text) < MIN_READABLE_SHARE) {
            throw new ValidationException(Message.of("article.refused.theFileCannotBeRead", name));
        }
        return text;
    }

    private record Reading(String text, boolean asWindows1252) {
    }

    private static Reading read(byte[] bytes, boolean html, List<String> notes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Reading(lenient(bytes, 3, StandardCharsets.UTF_8, notes), false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Reading(lenient(bytes, 2, StandardCharsets.UTF_16LE, notes), false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Reading(lenient(bytes, 2, StandardCharsets.UTF_16BE, notes), false);
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return new Reading(utf8.get(), false);
        }
        Optional<String> declared = html ? declaredCharset(bytes) : Optional.empty();
        if (declared.isPresent() && !WINDOWS_1252_LABELS.contains(declared.get())) {
            Optional<Charset> charset = charset(declared.get());
            if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
                notes.add("The page is not UTF-8; it was read as " + declared.get()
                        + ", the encoding it declares. Check accented letters in the preview.");
                return new Reading(lenient(bytes, 0, charset.get(), notes), false);
            }
        }
        if (declared.isPresent() && WINDOWS_1252_LABELS.contains(declared.get())) {
            notes.add("The page is not UTF-8; it was read as Windows-1252 (Western European), the encoding it "
                    + "declares (" + declared.get() + "). Check accented letters in the preview.");
        } else {
            notes.add(WINDOWS_1252_NOTE);
        }
        return new Reading(new String(bytes, WINDOWS_1252), true);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Decodes past a damaged sequence instead of refusing the file, and says so. */
    private static String lenient(byte[] bytes, int offset, Charset charset, List<String> notes) {
        String text = new String(bytes, offset, bytes.length - offset, charset);
        if (text.indexOf('\uFFFD') >= 0) {
            notes.add("Some characters in the file could not be read; they show as \uFFFD in the preview.");
        }
        return text;
    }

    /** The charset a page names in its first bytes, as {@code <meta charset>} or an http-equiv content type. */
    private static Optional<String> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher declaration = DECLARED_CHARSET.matcher(head);
        return declaration.find() ? Optional.of(declaration.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static Optional<Charset> charset(String label) {
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static void refuseBinary(String name, String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                controls = text.length();
                break;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_SHARE * text.length() && controls > 2) {
            throw new ValidationException(Message.of("article.refused.theFileCannotBeImported2", name));
        }
    }

    private static double readableShare(String text) {
        long readable = text.chars().filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || isPunctuation(c)).count();
        return text.isEmpty() ? 1 : (double) readable / text.length();
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.CURRENCY_SYMBOL, Character.MATH_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean startsWith(byte[] bytes, int... start) {
        if (bytes.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if ((bytes[i] & 0xFF) != start[i]) {
                return false;
            }
        }
        return true;
    }
}
