package org.sourcelens.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.SessionInitListener;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class BrowserLocaleTest {

    private static final Locale EN_GB = Locale.forLanguageTag("en-GB");
    private static final Locale FR_FR = Locale.forLanguageTag("fr-FR");
    private static final Locale DE_AT = Locale.forLanguageTag("de-AT");

    @Test
    void english_browsers_keep_their_country_so_dates_and_numbers_follow_it() {
        assertThat(BrowserLocale.choose(List.of(EN_GB, Locale.ENGLISH), List.of())).contains(EN_GB);
    }

    @Test
    void a_language_without_texts_is_still_the_locale_and_texts_fall_back_to_english() {
        assertThat(BrowserLocale.choose(List.of(FR_FR), List.of())).contains(FR_FR);
    }

    @Test
    void a_later_preference_with_texts_wins_over_a_first_one_without() {
        assertThat(BrowserLocale.choose(List.of(FR_FR, DE_AT), List.of(Locale.GERMAN))).contains(DE_AT);
        assertThat(BrowserLocale.choose(List.of(FR_FR, EN_GB), List.of())).contains(EN_GB);
    }

    @Test
    void a_translated_language_keeps_the_browsers_country() {
        assertThat(BrowserLocale.choose(List.of(DE_AT), List.of(Locale.GERMAN))).contains(DE_AT);
    }

    @Test
    void nothing_usable_leaves_the_locale_alone() {
        assertThat(BrowserLocale.choose(List.of(), List.of(Locale.GERMAN))).isEmpty();
        assertThat(BrowserLocale.choose(List.of(Locale.ROOT), List.of())).isEmpty();
    }

    @Test
    void a_new_session_gets_the_locale_of_the_browsers_accept_language() {
        VaadinSession session = mock(VaadinSession.class);
        sessionStarts("en-GB,en;q=0.9", List.of(EN_GB, Locale.ENGLISH), session);
        verify(session).setLocale(EN_GB);
    }

    @Test
    void without_accept_language_the_session_keeps_vaadins_choice() {
        VaadinSession session = mock(VaadinSession.class);
        sessionStarts(null, List.of(Locale.getDefault()), session);
        verify(session, never()).setLocale(any());
    }

    /** Plays Vaadin: registers the listener, then starts a session for a request with these headers. */
    private static void sessionStarts(String acceptLanguage, List<Locale> locales, VaadinSession session) {
        VaadinService service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(new DefaultI18NProvider(List.of()));
        new BrowserLocale().serviceInit(new ServiceInitEvent(service));
        ArgumentCaptor<SessionInitListener> listener = ArgumentCaptor.forClass(SessionInitListener.class);
        verify(service).addSessionInitListener(listener.capture());

        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn(acceptLanguage);
        when(request.getLocales()).thenReturn(Collections.enumeration(locales));
        try {
            listener.getValue().sessionInit(new SessionInitEvent(service, session, request));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
