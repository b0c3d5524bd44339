package org.sourcelens.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The body of an error view: what happened and where to go next. */
class ErrorPage extends Main {

    ErrorPage(String id, String heading, String explanation) {
        setId(id);
        addClassName("error-page");
        add(new H1(heading), new Paragraph(explanation), new Anchor("", getTranslation("base.errorPage.home")));
    }
}
