package org.sourcelens.base;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text for people that a service produces without knowing their language: a message-bundle key
 * (from {@code vaadin-i18n/translations.properties}) and its MessageFormat parameters. Views translate
 * it in the reader's locale ({@code base.ui.Texts.get(Message)}); {@link #english()} is the same text
 * from the English bundle, for logs, exception messages and the command line. A parameter that is
 * itself a {@code Message} is translated too; an {@link Instant} is shown as date and time
 * ({@code format.dateTime}), for the reader in their locale and time zone.
 */
public record Message(String key, List<Object> args) {

    private static final String BUNDLE = "vaadin-i18n.translations";

    public Message {
        // A parameter may be null (a file without a format, say): it shows as "null", as concatenation did.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The parameters as the array MessageFormat and Vaadin's translation take. */
    public Object[] params() {
        return args.toArray();
    }

    /** The English text, formatted as Vaadin's default provider formats it (MessageFormat only with parameters). */
    public String english() {
        String pattern = englishPattern(key);
        if (args.isEmpty()) {
            return pattern;
        }
        Object[] params = args.stream().map(arg -> switch (arg) {
            case Message nested -> nested.english();
            case Instant instant -> DateTimeFormatter.ofPattern(englishPattern("format.dateTime"), Locale.ENGLISH)
                    .format(instant.atZone(ZoneId.systemDefault()));
            case null, default -> arg;
        }).toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(params);
    }

    private static String englishPattern(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
