package org.sourcelens.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/**
 * The message bundle for code that has no component at hand (records, static helpers): the same
 * lookup as {@code Component.getTranslation}, in the current UI's locale.
 */
public final class Texts {

    private Texts() {
    }

    /** The text for {@code key}, with MessageFormat {@code {0}} parameters filled in. */
    public static String get(String key, Object... params) {
        return I18NProvider.translate(LocalFormat.locale(), key, params);
    }

    /** A text a service produced, in the current UI's locale; nested messages and instants too. */
    public static String get(Message message) {
        Object[] params = message.args().stream().map(arg -> switch (arg) {
            case Message nested -> get(nested);
            case Instant instant -> LocalFormat.dateTime(instant);
            case null, default -> arg;
        }).toArray();
        return I18NProvider.translate(LocalFormat.locale(), message.key(), params);
    }

    /** What a refused input tells the reader: translated when the service gave a key, else as written. */
    public static String of(ValidationException refusal) {
        return refusal.text().map(Texts::get).orElseGet(refusal::getMessage);
    }
}
