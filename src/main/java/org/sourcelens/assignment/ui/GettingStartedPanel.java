package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;
import org.sourcelens.assignment.GettingStarted;

/**
 * The getting-started checklist on a new instructor's class list: four steps to a first assignment,
 * each marked done or to do from the instructor's own data, with a way to take the next one. It hides
 * itself once every step is done.
 */
class GettingStartedPanel extends Section {

    static final String ID = "getting-started";

    private final transient Supplier<GettingStarted> state;
    private final transient Runnable copyStarterSets;

    GettingStartedPanel(Supplier<GettingStarted> state, Runnable copyStarterSets) {
        this.state = state;
        this.copyStarterSets = copyStarterSets;
        setId(ID);
        addClassName("getting-started");
        refresh();
    }

    void refresh() {
        removeAll();
        GettingStarted now = state.get();
        setVisible(!now.complete());
        if (now.complete()) {
            return;
        }
        OrderedList steps = new OrderedList(
                step("class", now.classCreated(), "onboarding.step.class",
                        new Span(getTranslation("onboarding.step.class.how"))),
                step("article", now.articleChosen(), "onboarding.step.article",
                        link("library/import", "onboarding.step.article.import"),
                        link("library", "onboarding.step.article.library")),
                step("questions", now.questionSetReady(), "onboarding.step.questions",
                        link("question-sets", "onboarding.step.questions.build"), starterButton()),
                step("assign", now.workAssigned(), "onboarding.step.assign", now.classCreated()
                        ? link("teach/" + now.classToAssignIn(), "onboarding.step.assign.open")
                        : new Span(getTranslation("onboarding.step.assign.noclass"))));
        steps.addClassName("getting-started-steps");
        add(new H2(getTranslation("onboarding.title")), new Paragraph(getTranslation("onboarding.intro")), steps);
    }

    private ListItem step(String name, boolean done, String textKey, Component... actions) {
        Span status = new Span(getTranslation(done ? "onboarding.status.done" : "onboarding.status.todo"));
        status.addClassName("step-status");
        ListItem item = new ListItem(status, new Span(getTranslation(textKey)));
        item.setId("step-" + name);
        item.setClassName("step-done", done);
        item.setClassName("step-open", !done);
        if (!done) {
            Div next = new Div(actions);
            next.addClassName("step-actions");
            item.add(next);
        }
        return item;
    }

    private Anchor link(String href, String key) {
        return new Anchor(href, getTranslation(key));
    }

    private Button starterButton() {
        Button copy = new Button(getTranslation("onboarding.step.questions.starters"));
        copy.addClickListener(click -> {
            try {
                copyStarterSets.run();
                refresh();
            } finally {
                copy.setEnabled(true); // after a failure too (the error is shown by ActionErrors)
            }
        });
        copy.setId("copy-starter-sets");
        copy.setDisableOnClick(true);
        return copy;
    }
}
