package org.sourcelens.base.ui;

import com.vaadin.flow.component.UI;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs an update in another user's open page (server push) as that user: their security context is
 * set around the command, so the services answer for them and nobody else.
 */
public final class PushAs {

    private PushAs() {
    }

    /**
     * A copy of the signed-in user's security context, to keep with an open page for later updates:
     * the thread's own context object may be cleared or given to another user meanwhile.
     */
    public static SecurityContext currentUser() {
        SecurityContext own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return own;
    }

    /** Runs work outside any page, on this thread, as the given user (for example on a worker thread). */
    public static void runAs(SecurityContext security, Runnable work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(security);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /**
     * @throws com.vaadin.flow.component.UIDetachedException when the page has gone
     */
    public static void access(UI ui, SecurityContext security, Runnable command) {
        ui.access(() -> runAs(security, command));
    }
}
