package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import org.sourcelens.base.ui.Texts;

/**
 * A stretch of the article shaded by how many students highlighted it, with the count beside it and
 * in its title, so colour is not the only cue. It acts as a button: click, Enter or Space.
 */
@Tag("mark")
class HeatMark extends HtmlContainer implements ClickNotifier<HeatMark> {

    /** Enter or Space activates; preventDefault() inside the filter keeps Space from scrolling, only for them. */
    static final String ACTIVATING_KEY = "(event.key === 'Enter' || event.key === ' ') "
            + "&& (event.preventDefault() || true)";

    HeatMark(Component text, int level, int students, List<String> tags, boolean showCount,
            SerializableRunnable activate) {
        add(text);
        addClassName("heat");
        getElement().setAttribute("data-heat", String.valueOf(level));
        getElement().setAttribute("data-count", String.valueOf(students));
        getElement().setAttribute("title", describe(students, tags));
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "button");
        if (showCount) {
            Span count = new Span(String.valueOf(students));
            count.addClassName("heat-count");
            add(count);
        }
        addClickListener(click -> activate.run());
        getElement().addEventListener("keydown", key -> activate.run()).setFilter(ACTIVATING_KEY);
    }

    /** "3 students: claim, evidence". */
    static String describe(int students, List<String> tags) {
        return Texts.get("annotation.heat.describe", students, String.join(", ", tags));
    }
}
