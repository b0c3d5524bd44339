package org.sourcelens.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.WithMockVaadin;
import org.sourcelens.base.ui.BarChart.Bar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartWithTableTest extends WithMockVaadin {

    private static final List<Bar> BARS = List.of(
            Bar.of("Option A", 12),
            new Bar("Option B", 3, false, true),
            new Bar("Option C", 17, true, false));

    @Test
    void table_has_a_caption_a_header_row_and_a_row_per_bar_with_its_note() {
        ChartWithTable chart = new ChartWithTable("Answers to question 1", BARS, false, "students");

        assertThat(chart.table().getCaptionText()).isEqualTo("Answers to question 1");
        assertThat(texts(chart.table().getHead().getRows().getFirst())).containsExactly("Option", "Students", "Note");
        assertThat(chart.table().getBody().getRows()).extracting(ChartWithTableTest::texts).containsExactly(
                List.of("Option A", "12", ""),
                List.of("Option B", "3", "correct"),
                List.of("Option C", "17", "most chosen wrong answer"));
        assertThat(chart.table().getBody().getRows().getFirst().getHeaderCells().getFirst().getElement()
                .getAttribute("scope")).isEqualTo("row");
        assertThat(chart.bars()).isEqualTo(BARS);
    }

    @Test
    void element_receives_the_bars_as_json() {
        BarChart chart = new BarChart("Answers to question 1", BARS, true, "students");

        JsonNode data = JsonMapper.builder().build().readTree(chart.getElement().getProperty("data"));

        assertThat(data.path("caption").asString()).isEqualTo("Answers to question 1");
        assertThat(data.path("labels").values()).extracting(JsonNode::asString)
                .containsExactly("Option A", "Option B", "Option C");
        assertThat(data.path("values").values()).extracting(JsonNode::asLong).containsExactly(12L, 3L, 17L);
        assertThat(data.path("emphasis").values()).extracting(JsonNode::asInt).containsExactly(2);
        assertThat(data.path("marks").values()).extracting(JsonNode::asInt).containsExactly(1);
        assertThat(data.path("notes").values()).extracting(JsonNode::asString)
                .containsExactly("", "correct", "most chosen wrong answer");
        assertThat(data.path("horizontal").asBoolean()).isTrue();
        assertThat(data.path("valueLabel").asString()).isEqualTo("students");
    }

    @Test
    void new_bars_replace_the_old_ones_in_chart_and_table() {
        ChartWithTable chart = new ChartWithTable("Before", BARS, false, "students");

        chart.setBars("After", List.of(Bar.of("Only", 1)), true, "answers");

        assertThat(chart.table().getCaptionText()).isEqualTo("After");
        assertThat(chart.table().getHead().getRows()).hasSize(1);
        assertThat(texts(chart.table().getHead().getRows().getFirst())).contains("Answers");
        assertThat(chart.table().getBody().getRows()).extracting(ChartWithTableTest::texts)
                .containsExactly(List.of("Only", "1", ""));
        assertThat(chart.chart().getElement().getProperty("data")).contains("\"Only\"").doesNotContain("Option A");
    }

    @Test
    void table_is_visually_hidden_but_present_until_the_toggle_shows_it_in_place_of_the_chart() {
        ChartWithTable chart = new ChartWithTable("Answers", BARS, false, "students");

        assertThat(chart.table().hasClassName("visually-hidden")).isTrue();
        assertThat(chart.table().isVisible()).isTrue();
        assertThat(chart.chart().isVisible()).isTrue();
        assertThat(chart.toggle().getElement().getAttribute("aria-pressed")).isEqualTo("false");

        chart.toggle().click();

        assertThat(chart.isTableShown()).isTrue();
        assertThat(chart.table().hasClassName("visually-hidden")).isFalse();
        assertThat(chart.chart().isVisible()).isFalse();
        assertThat(chart.toggle().getElement().getAttribute("aria-pressed")).isEqualTo("true");

        chart.toggle().click();

        assertThat(chart.isTableShown()).isFalse();
        assertThat(chart.table().hasClassName("visually-hidden")).isTrue();
        assertThat(chart.chart().isVisible()).isTrue();
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(ChartWithTableTest::text).toList();
    }

    private static String text(Component cell) {
        return ((HasText) cell).getText();
    }
}
