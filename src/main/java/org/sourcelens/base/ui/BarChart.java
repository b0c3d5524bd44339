package org.sourcelens.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar chart, the web component {@code sl-bar-chart} in {@code frontend/}, drawn by Chart.js. The canvas
 * has a text alternative naming every bar; where a chart stands alone on a page, prefer
 * {@link ChartWithTable}, which adds the same figures as a table.
 */
@Tag("sl-bar-chart")
@JsModule("./sl-bar-chart.js")
@NpmPackage(value = "chart.js", version = "4.6.1")
public class BarChart extends Component implements HasSize {

    /**
     * One bar. {@code emphasis} draws it in the warning colour (on the class dashboard: the most chosen
     * wrong answer); {@code correct} draws it green, striped and thick-bordered.
     */
    public record Bar(String label, long value, boolean emphasis, boolean correct) {

        public Bar {
            Objects.requireNonNull(label, "label");
        }

        /** A plain bar. */
        public static Bar of(String label, long value) {
            return new Bar(label, value, false, false);
        }

        /** What the flags mean in words, for the table and the canvas' text alternative; "" when none. */
        public String note() {
            if (correct) {
                return Texts.get("base.chart.correct");
            }
            return emphasis ? Texts.get("base.chart.mostChosenWrong") : "";
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String caption = "";
    private List<Bar> bars = List.of();
    private boolean horizontal;
    private String valueLabel = "";

    /** An empty chart; give it bars with {@link #setBars}. */
    public BarChart() {
        addClassName("bar-chart");
        setWidthFull();
        writeData();
    }

    public BarChart(String caption, List<Bar> bars, boolean horizontal, String valueLabel) {
        this();
        setBars(caption, bars, horizontal, valueLabel);
    }

    /**
     * Replaces what the chart shows; the browser redraws it.
     *
     * @param caption    what the chart shows, read out before the bars ("Answers to question 2")
     * @param horizontal bars grow to the right (suits long labels) instead of upwards
     * @param valueLabel the unit of the values, in the plural ("students")
     */
    public void setBars(String caption, List<Bar> bars, boolean horizontal, String valueLabel) {
        this.caption = Objects.requireNonNullElse(caption, "");
        this.bars = List.copyOf(bars);
        this.horizontal = horizontal;
        this.valueLabel = Objects.requireNonNullElse(valueLabel, "");
        writeData();
    }

    public String caption() {
        return caption;
    }

    public List<Bar> bars() {
        return bars;
    }

    public boolean horizontal() {
        return horizontal;
    }

    public String valueLabel() {
        return valueLabel;
    }

    private void writeData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caption", caption);
        data.put("labels", bars.stream().map(Bar::label).toList());
        data.put("values", bars.stream().map(Bar::value).toList());
        data.put("notes", bars.stream().map(Bar::note).toList());
        data.put("emphasis", indexes(Bar::emphasis));
        data.put("marks", indexes(Bar::correct));
        data.put("horizontal", horizontal);
        data.put("valueLabel", valueLabel);
        data.put("empty", getTranslation("base.chart.noData"));
        getElement().setProperty("data", JSON.writeValueAsString(data));
    }

    private List<Integer> indexes(Predicate<Bar> flag) {
        return IntStream.range(0, bars.size()).filter(i -> flag.test(bars.get(i))).boxed().toList();
    }
}
