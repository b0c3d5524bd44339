package org.sourcelens.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails with an error nobody expected: says so, that saved work is safe, and
 * what to do, instead of Vaadin's bare "there was an exception". The error goes to the log.
 */
@AnonymousAllowed
public class InternalErrorView extends Composite<ErrorPage> implements HasErrorParameter<Exception> {

    static final String ID = "internal-error";
    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage(ID, getTranslation("error.internal.heading"), getTranslation("error.internal.text",
                LocalFormat.time(Instant.now())));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
