package org.sourcelens.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown when a service refuses the signed-in user. The wording does not reveal whether the thing
 * exists, so ids cannot be probed.
 */
@PermitAll
public class AccessDeniedView extends Composite<ErrorPage> implements HasErrorParameter<AccessDeniedException> {

    static final String ID = "access-denied";

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage(ID, getTranslation("base.accessDenied.heading"),
                getTranslation("base.accessDenied.explanation"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
