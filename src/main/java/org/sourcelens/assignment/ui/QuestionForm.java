package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.assignment.Dimension;
import org.sourcelens.assignment.Passage;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionType;

/**
 * Writing or editing one question. The parts shown follow the type. It fires a {@link SaveEvent} with
 * the question and, for highlight-the-evidence, the article and the quotes of the key passages.
 */
class QuestionForm extends Div {

    final Select<QuestionType> type = new Select<>();
    final Select<Dimension> dimension = new Select<>();
    final IntegerField points = new IntegerField(getTranslation("assignment.questionForm.points"));
    final TextArea prompt = new TextArea(getTranslation("assignment.questionForm.prompt"));
    final Select<Integer> article = new Select<>();
    final IntegerField scaleMin = new IntegerField(getTranslation("assignment.questionForm.scaleMin"));
    final IntegerField scaleMax = new IntegerField(getTranslation("assignment.questionForm.scaleMax"));
    final TextField minLabel = new TextField(getTranslation("assignment.questionForm.minLabel"));
    final TextField maxLabel = new TextField(getTranslation("assignment.questionForm.maxLabel"));
    final ComboBox<ArticleSummary> keyArticle = new ComboBox<>(getTranslation("assignment.questionForm.keyArticle"));
    final TextArea keyQuotes = new TextArea(getTranslation("assignment.questionForm.keyQuotes"));
    final FormError error = new FormError();
    final Button save = new Button(getTranslation("assignment.questionForm.save"));
    OptionsEditor options;
    RubricEditor rubric;
    private final Div typeParts = new Div();
    private final QuestionSpec original;

    /** Shows an article in the form so the instructor can select key passages in it. */
    interface ArticleShower {
        com.vaadin.flow.component.Component show(ArticleSummary article);
    }

    /** Reads the passage selected in the shown article; the callback gets null when nothing is selected. */
    interface SelectionReader {
        void read(java.util.function.Consumer<String> callback);
    }

    final Div articleToMark = new Div();
    final Button addSelection = new Button(getTranslation("assignment.question.addPassage"));

    QuestionForm(QuestionSpec original, List<ArticleSummary> articles, ArticleShower shower, SelectionReader selection) {
        this.original = original;
        addClassName("question-form");
        type.setLabel(getTranslation("assignment.questionForm.type"));
        type.setId("question-type");
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(WorkspaceTexts::type);
        dimension.setLabel(getTranslation("assignment.questionForm.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(WorkspaceTexts::dimension);
        points.setMin(0);
        points.setMax(100);
        points.setStepButtonsVisible(true);
        prompt.setId("question-prompt");
        prompt.setWidthFull();
        article.setLabel(getTranslation("assignment.questionForm.about"));
        article.setItems(0, 1);
        article.setItemLabelGenerator(i -> getTranslation(i == 0 ? "assignment.questionForm.firstArticle" : "assignment.questionForm.secondArticle"));
        keyArticle.setItems(articles);
        keyArticle.setItemLabelGenerator(ArticleSummary::title);
        keyArticle.setWidthFull();
        keyQuotes.setWidthFull();
        keyQuotes.setHelperText(getTranslation("assignment.questionForm.keyQuotesHelper"));
        articleToMark.setId("article-to-mark");
        articleToMark.addClassName("article-to-mark");
        keyArticle.addValueChangeListener(event -> {
            articleToMark.removeAll();
            if (event.getValue() != null) {
                articleToMark.add(shower.show(event.getValue()));
            }
        });
        addSelection.setId("add-key-selection");
        addSelection.addClickListener(click -> selection.read(quote -> {
            if (quote == null || quote.isBlank()) {
                showError(getTranslation("assignment.questionForm.selectFirst"));
                return;
            }
            String current = keyQuotes.getValue().strip();
            keyQuotes.setValue(current.isEmpty() ? quote.strip() : current + "\n" + quote.strip());
            showError("");
        }));
        save.setId("save-question");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent(this)));

        QuestionSpec start = original != null ? original : new QuestionSpec(QuestionType.SINGLE_CHOICE,
                Dimension.SOURCING, 1, "", List.of(), List.of(), new QuestionSpec.Scale(1, 5, "", ""), List.of(), 0);
        type.setValue(start.type());
        dimension.setValue(start.dimension());
        points.setValue(start.points());
        prompt.setValue(start.prompt());
        article.setValue(start.article());
        QuestionSpec.Scale scale = start.scale() == null ? new QuestionSpec.Scale(1, 5, "", "") : start.scale();
        scaleMin.setValue(scale.min());
        scaleMax.setValue(scale.max());
        minLabel.setValue(nullToEmpty(scale.minLabel()));
        maxLabel.setValue(nullToEmpty(scale.maxLabel()));
        keyQuotes.setValue(String.join("\n", start.keyPassages().stream().map(Passage::quote).toList()));
        options = new OptionsEditor(start.options());
        rubric = new RubricEditor(start.rubric());
        type.addValueChangeListener(event -> showTypeParts());

        FormLayout basics = new FormLayout(type, dimension, points, article, prompt);
        basics.setColspan(prompt, 2);
        add(basics, typeParts, error, save);
        showTypeParts();
    }

    private void showTypeParts() {
        typeParts.removeAll();
        switch (type.getValue()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> typeParts.add(new Paragraph(getTranslation("assignment.questionForm.options")), options);
            case SHORT_ANSWER, COMPARISON -> typeParts.add(new Paragraph(getTranslation("assignment.questionForm.rubric")), rubric);
            case RATING_SCALE -> typeParts.add(new FormLayout(scaleMin, scaleMax, minLabel, maxLabel),
                    new Paragraph(getTranslation("assignment.questionForm.rubricJustification")), rubric);
            case HIGHLIGHT_EVIDENCE -> typeParts.add(keyArticle, keyQuotes, addSelection, articleToMark);
        }
    }

    /** The question as typed; key passages are those of the original unless the quotes were changed. */
    QuestionSpec question(List<Passage> keyPassages) {
        QuestionType chosen = type.getValue();
        boolean choice = chosen == QuestionType.SINGLE_CHOICE || chosen == QuestionType.MULTIPLE_CHOICE;
        boolean written = chosen == QuestionType.SHORT_ANSWER || chosen == QuestionType.COMPARISON
                || chosen == QuestionType.RATING_SCALE;
        return new QuestionSpec(chosen, dimension.getValue(), points.getValue() == null ? 0 : points.getValue(),
                prompt.getValue().strip(), choice ? options.value() : List.of(), written ? rubric.value() : List.of(),
                chosen == QuestionType.RATING_SCALE ? new QuestionSpec.Scale(orZero(scaleMin), orZero(scaleMax),
                        minLabel.getValue().strip(), maxLabel.getValue().strip()) : null,
                chosen == QuestionType.HIGHLIGHT_EVIDENCE ? keyPassages : List.of(), article.getValue());
    }

    boolean keyQuotesChanged() {
        String before = original == null ? ""
                : String.join("\n", original.keyPassages().stream().map(Passage::quote).toList());
        return !before.equals(keyQuotes.getValue());
    }

    List<Passage> originalKeyPassages() {
        return original == null ? List.of() : original.keyPassages();
    }

    List<String> quotes() {
        return keyQuotes.getValue().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static class SaveEvent extends ComponentEvent<QuestionForm> {

        SaveEvent(QuestionForm source) {
            super(source, false);
        }
    }
}
