package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.sourcelens.assignment.QuestionSpec;

/** The options of a choice question: text, whether it is correct, and the feedback a student gets for it. */
class OptionsEditor extends Div {

    record Row(TextField text, Checkbox correct, TextField feedback) {
    }

    final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    OptionsEditor(List<QuestionSpec.Option> options) {
        addClassName("options-editor");
        Button add = new Button(getTranslation("assignment.options.add"), click -> addRow(new QuestionSpec.Option("", false, "")));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(list, add);
        (options.isEmpty() ? List.of(new QuestionSpec.Option("", true, ""), new QuestionSpec.Option("", false, ""))
                : options).forEach(this::addRow);
    }

    private void addRow(QuestionSpec.Option option) {
        int number = rows.size() + 1;
        TextField text = new TextField(getTranslation("assignment.options.option", number));
        text.setValue(option.text());
        text.setWidthFull();
        Checkbox correct = new Checkbox(getTranslation("assignment.options.correct"), option.correct());
        TextField feedback = new TextField(getTranslation("assignment.options.feedback"));
        feedback.setValue(option.feedback() == null ? "" : option.feedback());
        feedback.setWidthFull();
        Row row = new Row(text, correct, feedback);
        rows.add(row);
        Div line = new Div(text, correct, feedback);
        line.addClassName("editor-row");
        Button remove = new Button(getTranslation("assignment.remove"), click -> {
            rows.remove(row);
            list.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("assignment.options.removeAria", number));
        line.add(remove);
        list.add(line);
    }

    List<QuestionSpec.Option> value() {
        return rows.stream()
                .map(r -> new QuestionSpec.Option(r.text().getValue().strip(), r.correct().getValue(),
                        r.feedback().getValue().strip()))
                .toList();
    }
}
