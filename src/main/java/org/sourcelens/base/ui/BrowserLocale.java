package org.sourcelens.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * A new session takes the browser's locale, country included, so dates and numbers follow it even
 * when no translation exists for it (texts then fall back to English). Vaadin alone sets the session
 * locale only when the I18N provider lists languages, and with a single translation file it gives
 * that language to everybody; with only the English bundle every session keeps the server's locale.
 * Here the first language in {@code Accept-Language} that has texts (English always has) wins; when
 * none has, the first one the browser asks for.
 */
@Component
@ConditionalOnWebApplication
class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            VaadinRequest request = init.getRequest();
            if (request == null || request.getHeader("Accept-Language") == null) {
                return;
            }
            I18NProvider provider = event.getSource().getInstantiator().getI18NProvider();
            List<Locale> translated = provider == null ? List.of() : provider.getProvidedLocales();
            choose(Collections.list(request.getLocales()), translated).ifPresent(init.getSession()::setLocale);
        });
    }

    /**
     * The browser's preferred locale whose language has texts (the English bundle counts), or the
     * browser's first preference when none has.
     */
    static Optional<Locale> choose(List<Locale> requested, List<Locale> translated) {
        return requested.stream()
                .filter(locale -> !locale.getLanguage().isEmpty())
                .filter(locale -> locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
                        || translated.stream().anyMatch(t -> t.getLanguage().equals(locale.getLanguage())))
                .findFirst()
                .or(() -> requested.stream().filter(locale -> !locale.getLanguage().isEmpty()).findFirst());
    }
}
