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
     * @throws com.vaadin.flow.component.UIDetachedException when the page has gone
     */
    public static void access(UI ui, SecurityContext security, Runnable command) {
        ui.access(() -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                command.run();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        });
    }
}
