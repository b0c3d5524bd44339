package org.sourcelens.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.sourcelens.base.NotFoundException;

/** Shown when a service finds nothing under the id in the address. */
@AnonymousAllowed
public class NotFoundView extends Composite<ErrorPage> implements HasErrorParameter<NotFoundException> {

    static final String ID = "not-found";

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage(ID, getTranslation("base.notFound.heading"), getTranslation("error.notfound.text"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
