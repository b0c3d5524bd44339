package org.sourcelens.base.ui;

import com.vaadin.flow.component.html.Div;

/** Where a form says what went wrong; screen readers announce it as soon as it changes. */
public class FormError extends Div {

    public FormError() {
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
    }
}
