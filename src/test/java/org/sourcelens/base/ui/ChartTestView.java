package org.sourcelens.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.sourcelens.base.ui.BarChart.Bar;

/** Test-only page with two charts of known data, for {@link ChartBT}. */
@Route(value = "test/chart", autoLayout = false)
@AnonymousAllowed
public class ChartTestView extends Main {

    static final List<Bar> ANSWERS = List.of(
            Bar.of("Option A", 12),
            new Bar("Option B", 3, false, true),
            new Bar("Option C", 17, true, false),
            Bar.of("Option D", 0));

    static final List<Bar> SCORES = List.of(
            Bar.of("0–2 points", 4),
            Bar.of("3–5 points", 9),
            Bar.of("6–8 points", 11),
            Bar.of("9–10 points, with a label long enough to be shortened on the axis", 6));

    public ChartTestView() {
        // Narrow enough that the development-mode notice in the top right corner covers no toggle.
        getStyle().setPadding("var(--lumo-space-m)").setMaxWidth("40rem").set("display", "grid")
                .set("gap", "var(--lumo-space-xl)");
        ChartWithTable answers = new ChartWithTable("Answers to question 1", ANSWERS, false, "students");
        answers.setId("answers-chart");
        ChartWithTable scores = new ChartWithTable("Score");
        scores.setBars("Scores on the quiz", SCORES, true, "students");
        scores.setId("scores-chart");
        add(answers, scores);
    }
}
