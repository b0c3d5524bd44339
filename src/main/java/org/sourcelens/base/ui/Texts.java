package org.sourcelens.base.ui;

import com.vaadin.flow.i18n.I18NProvider;

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
}
