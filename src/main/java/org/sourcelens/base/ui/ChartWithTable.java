package org.sourcelens.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.sourcelens.base.ui.BarChart.Bar;

/**
 * A {@link BarChart} with its figures as a real table: a caption, a header row (label, value, note) and a
 * row per bar. The table is always in the page for screen readers; "Show as table" (a toggle button)
 * shows it in place of the chart for everyone else.
 */
public class ChartWithTable extends Div {

    private static final String HIDDEN = "visually-hidden";

    private final Div title = new Div();
    private final BarChart chart = new BarChart();
    private final Div key = new Div();
    private final NativeTable table = new NativeTable();
    private final Button toggle = new Button(getTranslation("base.chart.showTable"), click -> showTable(!isTableShown()));
    private final String labelHeading;
    private boolean tableShown;

    /** An empty chart whose first table column is headed "Option"; give it bars with {@link #setBars}. */
    public ChartWithTable() {
        this(Texts.get("base.chart.option"));
    }

    /** @param labelHeading heads the table's first column, the bars' labels ("Option", "Score") */
    public ChartWithTable(String labelHeading) {
        this.labelHeading = labelHeading;
        addClassName("chart-with-table");
        // The caption, seen above the chart; screen readers hear it from the canvas and the table instead.
        title.addClassName("chart-title");
        title.getElement().setAttribute("aria-hidden", "true");
        // The meaning of the colours for the eye; the canvas' text alternative and the table say it in words.
        key.addClassName("chart-key");
        key.getElement().setAttribute("aria-hidden", "true");
        toggle.addClassName("chart-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        table.addClassName("chart-table");
        add(title, toggle, chart, key, table);
        showTable(false);
        setBars("", List.of(), false, "");
    }

    public ChartWithTable(String caption, List<Bar> bars, boolean horizontal, String valueLabel) {
        this();
        setBars(caption, bars, horizontal, valueLabel);
    }

    /** Replaces what the chart and the table show; see {@link BarChart#setBars}. */
    public void setBars(String caption, List<Bar> bars, boolean horizontal, String valueLabel) {
        chart.setBars(caption, bars, horizontal, valueLabel);
        key.removeAll();
        chart.bars().stream().filter(Bar::correct).findFirst().ifPresent(bar -> keyEntry("correct", bar.note()));
        chart.bars().stream().filter(bar -> bar.emphasis() && !bar.correct()).findFirst()
                .ifPresent(bar -> keyEntry("emphasis", bar.note()));
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        title.setText(chart.caption());
        table.setCaptionText(chart.caption());
        NativeTableRow header = table.getHead().addRow();
        columnHeader(header, labelHeading);
        columnHeader(header, capitalized(chart.valueLabel().isBlank() ? getTranslation("base.chart.count") : chart.valueLabel()));
        columnHeader(header, getTranslation("base.chart.note"));
        for (Bar bar : chart.bars()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell label = row.addHeaderCell();
            label.setText(bar.label());
            label.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(Long.toString(bar.value()));
            row.addDataCell().setText(bar.note());
        }
    }

    /** Shows the table in place of the chart, or the chart again; the table stays readable either way. */
    public void showTable(boolean shown) {
        tableShown = shown;
        chart.setVisible(!shown);
        title.setVisible(!shown);
        key.setVisible(!shown);
        table.setClassName(HIDDEN, !shown);
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(shown));
        if (shown) {
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    public boolean isTableShown() {
        return tableShown;
    }

    public List<Bar> bars() {
        return chart.bars();
    }

    public BarChart chart() {
        return chart;
    }

    public NativeTable table() {
        return table;
    }

    public Button toggle() {
        return toggle;
    }

    private void keyEntry(String kind, String note) {
        Span swatch = new Span();
        swatch.addClassNames("chart-swatch", "chart-swatch-" + kind);
        key.add(new Span(swatch, new Text(note)));
    }

    private static void columnHeader(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "col");
    }

    private static String capitalized(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
