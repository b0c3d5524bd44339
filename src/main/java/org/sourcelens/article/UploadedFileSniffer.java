package org.sourcelens.article;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/**
 * Recognises the binary files instructors most often upload by mistake (a PDF, a Word document, a
 * screenshot) by their first bytes, so that the refusal can say what the file looks like and what
 * to upload instead, rather than showing the file as garbled text.
 */
final class UploadedFileSniffer {

    /** {@code looksLike} is the message key of what the file seems to be; image keys end in "Image". */
    private record Signature(byte[] start, String looksLike) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature(ascii("%PDF-"), "article.upload.looksLike.pdf"),
            new Signature(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
                    "article.upload.looksLike.doc"),
            new Signature(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), "article.upload.looksLike.pngImage"),
            new Signature(bytes(0xFF, 0xD8, 0xFF), "article.upload.looksLike.jpegImage"),
            new Signature(ascii("GIF87a"), "article.upload.looksLike.gifImage"),
            new Signature(ascii("GIF89a"), "article.upload.looksLike.gifImage"),
            new Signature(ascii("{\\rtf"), "article.upload.looksLike.rtf"));
    private static final byte[] ZIP = bytes('P', 'K', 0x03, 0x04);

    private UploadedFileSniffer() {
    }

    static void refuseKnownBinary(String name, byte[] content) {
        String looksLike = null;
        for (Signature signature : SIGNATURES) {
            if (startsWith(content, signature.start())) {
                looksLike = signature.looksLike();
            }
        }
        if (startsWith(content, ZIP)) {
            looksLike = name.toLowerCase(Locale.ROOT).endsWith(".docx") ? "article.upload.looksLike.docx"
                    : "article.upload.looksLike.zip";
        }
        if (looksLike != null) {
            String advice = looksLike.endsWith("Image") ? "article.upload.advice.picture" : "article.upload.advice.text";
            throw new ValidationException(Message.of("article.refused.theFileCannotBeImported", name,
                    Message.of(looksLike), Message.of(advice)));
        }
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        return content.length >= start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
