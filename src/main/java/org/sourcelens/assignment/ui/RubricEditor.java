package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.sourcelens.assignment.QuestionSpec;

/** The rubric of a written answer: levels with the share of points they earn, a description and an example. */
class RubricEditor extends Div {

    record Row(TextField name, IntegerField percent, TextField description, TextField example) {
    }

    final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    RubricEditor(List<QuestionSpec.RubricLevel> levels) {
        addClassName("rubric-editor");
        Button add = new Button(getTranslation("assignment.rubric.add"), click -> addRow(new QuestionSpec.RubricLevel("", 0, "", "")));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(list, add);
        (levels.isEmpty() ? QuestionSpec.defaultRubric() : levels).forEach(this::addRow);
    }

    private void addRow(QuestionSpec.RubricLevel level) {
        TextField name = new TextField(getTranslation("assignment.rubric.level"));
        name.setValue(level.name());
        IntegerField percent = new IntegerField(getTranslation("assignment.rubric.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setValue(level.percent());
        TextField description = new TextField(getTranslation("assignment.rubric.description"));
        description.setValue(level.description() == null ? "" : level.description());
        description.setWidthFull();
        TextField example = new TextField(getTranslation("assignment.rubric.example"));
        example.setValue(level.example() == null ? "" : level.example());
        example.setWidthFull();
        Row row = new Row(name, percent, description, example);
        rows.add(row);
        Div line = new Div(name, percent, description, example);
        line.addClassName("editor-row");
        Button remove = new Button(getTranslation("assignment.remove"), click -> {
            rows.remove(row);
            list.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        line.add(remove);
        list.add(line);
    }

    List<QuestionSpec.RubricLevel> value() {
        return rows.stream()
                .map(r -> new QuestionSpec.RubricLevel(r.name().getValue().strip(),
                        r.percent().getValue() == null ? 0 : r.percent().getValue(), r.description().getValue().strip(),
                        r.example().getValue().strip()))
                .toList();
    }
}
