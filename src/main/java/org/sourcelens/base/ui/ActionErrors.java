package org.sourcelens.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcelens.base.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * When a click or an edit fails on the server with something the view did not expect, the user is
 * told what happened and what to do, instead of nothing (Vaadin's default only logs it). Forms still
 * show their own rule messages (a {@code ValidationException}) next to the field.
 */
@Component
@ConditionalOnWebApplication
class ActionErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ActionErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /** The message key for what went wrong: the most specific known cause in the chain. */
    static String messageKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException) {
                return "error.action.conflict";
            }
            if (cause instanceof AccessDeniedException) {
                return "error.action.denied";
            }
            if (cause instanceof NotFoundException) {
                return "error.action.gone";
            }
            if (cause instanceof DataAccessException) {
                return "error.action.database";
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return "error.action.unexpected";
    }

    private static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            String key = messageKey(event.getThrowable());
            if ("error.action.unexpected".equals(key) || "error.action.database".equals(key)) {
                log.error("An action failed on the server", event.getThrowable());
            } else {
                log.info("An action was refused: {}", event.getThrowable().toString());
            }
            UI ui = UI.getCurrent();
            if (ui == null) {
                return;
            }
            Notification notification = new Notification(ui.getTranslation(key, LocalFormat.time(Instant.now())),
                    15_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setId("action-error");
            notification.getElement().setAttribute("role", "alert");
            notification.open();
        }
    }
}
