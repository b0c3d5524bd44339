package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.sourcelens.assignment.GettingStartedService;
import org.sourcelens.assignment.QuestionSetService;
import org.sourcelens.classroom.ui.InstructorHomePanel;

/** Puts the getting-started checklist on the instructor's class list. */
@SpringComponent
class GettingStartedProvider implements InstructorHomePanel {

    private final GettingStartedService gettingStarted;
    private final QuestionSetService questionSets;

    GettingStartedProvider(GettingStartedService gettingStarted, QuestionSetService questionSets) {
        this.gettingStarted = gettingStarted;
        this.questionSets = questionSets;
    }

    @Override
    public Component create() {
        return new GettingStartedPanel(gettingStarted::mine, questionSets::copyStarterSets);
    }
}
