package org.sourcelens.classroom.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel that another feature shows at the top of the instructor's class list (the getting-started
 * checklist), so that this package need not know that feature. The list asks for a fresh one after a change.
 */
public interface InstructorHomePanel {

    /** The panel as it stands for the signed-in instructor now. */
    Component create();
}
