package org.sourcelens.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Ends the sign-in together with Vaadin's session. An open tab sends a heartbeat every minute, which
 * keeps the HTTP session alive however long nobody uses the page; with {@code vaadin.closeIdleSessions}
 * Vaadin closes its session once the session timeout has passed without any user interaction, but
 * leaves the HTTP session, and with it the sign-in, in place. Invalidating the HTTP session here
 * signs the idle user out, so a reload shows the login page. A session that is already being
 * invalidated (logout, expiry) needs nothing more.
 */
@Component
@ConditionalOnWebApplication
class IdleSessionSignOut implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession httpSession = destroyed.getSession().getSession();
            if (httpSession != null) {
                try {
                    httpSession.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // logout or expiry got there first
                }
            }
        });
    }
}
