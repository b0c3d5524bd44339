package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.Passage;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionType;
import org.sourcelens.assignment.SaveOutcome;
import org.sourcelens.assignment.Workspace;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.base.ui.Texts;

/**
 * One question in the workspace: the input its type needs, the lateral-reading log, and a save state
 * that tells the student their answer is stored. Saving goes through the {@link Saver} the view gives.
 */
class QuestionCard extends Section {

    static final int TYPING_PAUSE_MS = 800;

    /** Stores an answer based on the revision the card last saw. */
    interface Saver {
        SaveOutcome save(AnswerValue value, int baseRevision);
    }

    /** Asks the page for the passage selected in the article; the callback gets null when nothing is selected. */
    interface PassagePicker {
        void pick(java.util.function.Consumer<Passage> callback);
    }

    private final Workspace.Item item;
    private final Saver saver;
    private final boolean editable;
    private final QuestionSpec question;
    final Span saveState = new Span();
    final Div conflict = new Div();
    RadioButtonGroup<Integer> single;
    CheckboxGroup<Integer> multiple;
    RadioButtonGroup<Integer> rating;
    TextArea text;
    final List<Passage> passages = new ArrayList<>();
    private final UnorderedList passageList = new UnorderedList();
    private Button addPassage;
    final LateralReadingLog lateral;
    private int revision;
    private boolean loading;

    QuestionCard(Workspace.Item item, boolean editable, Saver saver, PassagePicker picker) {
        this.item = item;
        this.saver = saver;
        this.editable = editable;
        this.question = item.question();
        this.revision = item.revision();
        setId("question-" + item.number());
        addClassName("question-card");
        H3 heading = new H3(getTranslation("assignment.question.heading", item.number()));
        Span meta = new Span(WorkspaceTexts.type(question.type()) + " · " + WorkspaceTexts.dimension(question.dimension())
                + " · " + getTranslation("assignment.question.points", question.points()));
        meta.addClassName("card-meta");
        Paragraph prompt = new Paragraph(question.prompt());
        prompt.addClassName("question-prompt");
        add(heading, meta, prompt);
        add(input(picker));
        lateral = new LateralReadingLog(item.answer().lateralReading(), editable, this::changed);
        add(lateral);
        saveState.addClassName("save-state");
        saveState.getElement().setAttribute("role", "status");
        saveState.getElement().setAttribute("aria-live", "polite");
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        add(saveState, conflict);
        if (item.savedAt() != null) {
            saveState.setText(getTranslation("assignment.question.savedAt", LocalFormat.time(item.savedAt())));
            markSaved(item.answer());
        }
        if (item.points() != null || item.explanation() != null || item.comment() != null) {
            add(result());
        }
        show(item.answer());
    }

    private Component input(PassagePicker picker) {
        String label = getTranslation("assignment.question.yourAnswer", item.number());
        Div input = new Div();
        input.addClassName("question-input");
        switch (question.type()) {
            case SINGLE_CHOICE -> {
                single = new RadioButtonGroup<>();
                single.setAriaLabel(label);
                single.setItems(indexes());
                single.setItemLabelGenerator(i -> question.options().get(i).text());
                single.addValueChangeListener(event -> changed());
                input.add(single);
            }
            case MULTIPLE_CHOICE -> {
                multiple = new CheckboxGroup<>();
                multiple.setAriaLabel(label);
                multiple.setItems(indexes());
                multiple.setItemLabelGenerator(i -> question.options().get(i).text());
                multiple.addValueChangeListener(event -> changed());
                input.add(multiple);
            }
            case RATING_SCALE -> {
                QuestionSpec.Scale scale = question.scale();
                rating = new RadioButtonGroup<>();
                rating.setLabel(getTranslation("assignment.question.rating", String.valueOf(scale.min()), scale.minLabel(),
                        String.valueOf(scale.max()), scale.maxLabel()));
                rating.setItems(IntStream.rangeClosed(scale.min(), scale.max()).boxed().toList());
                rating.addValueChangeListener(event -> changed());
                input.add(rating, textArea(getTranslation("assignment.question.justify")));
            }
            case SHORT_ANSWER, COMPARISON -> input.add(textArea(label));
            case HIGHLIGHT_EVIDENCE -> {
                passageList.addClassName("passage-list");
                addPassage = new Button(getTranslation("assignment.question.addPassage"), click -> picker.pick(passage -> {
                    if (passage == null) {
                        saveState.setText(getTranslation("assignment.question.selectFirst"));
                        return;
                    }
                    passages.add(passage);
                    renderPassages();
                    changed();
                }));
                addPassage.setVisible(editable);
                addPassage.addClassName("add-passage");
                input.add(new Paragraph(getTranslation("assignment.question.evidenceHint")), passageList,
                        addPassage);
            }
        }
        return input;
    }

    private TextArea textArea(String label) {
        text = new TextArea(label);
        text.setWidthFull();
        text.setMinRows(3);
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(TYPING_PAUSE_MS);
        text.addValueChangeListener(event -> changed());
        return text;
    }

    private List<Integer> indexes() {
        return IntStream.range(0, question.options().size()).boxed().toList();
    }

    /** The answer as the inputs hold it now. */
    AnswerValue current() {
        List<Integer> choices = single != null && single.getValue() != null ? List.of(single.getValue())
                : multiple != null ? multiple.getValue().stream().sorted().toList() : List.of();
        return new AnswerValue(choices, text == null ? "" : text.getValue(), rating == null ? null : rating.getValue(),
                passages, lateral == null ? List.of() : lateral.sources());
    }

    private void show(AnswerValue value) {
        loading = true;
        if (single != null) {
            single.setValue(value.choices().isEmpty() ? null : value.choices().getFirst());
        }
        if (multiple != null) {
            multiple.setValue(new java.util.HashSet<>(value.choices()));
        }
        if (rating != null) {
            rating.setValue(value.rating());
        }
        if (text != null) {
            text.setValue(value.text());
        }
        passages.clear();
        passages.addAll(value.passages());
        renderPassages();
        lateral.set(value.lateralReading());
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {single, multiple, rating, text}) {
            if (field != null) {
                field.setReadOnly(!editable);
            }
        }
        loading = false;
    }

    private void changed() {
        if (loading || !editable) {
            return;
        }
        store(current(), revision);
    }

    private void store(AnswerValue value, int base) {
        try {
            SaveOutcome outcome = saver.save(value, base);
            revision = outcome.revision();
            if (outcome.saved()) {
                conflict.setVisible(false);
                saveState.setText(getTranslation("assignment.question.savedAt", LocalFormat.time(outcome.savedAt())));
                markSaved(value);
            } else {
                showConflict(value, outcome);
            }
        } catch (ValidationException e) {
            saveState.setText(getTranslation("assignment.question.notSaved", Texts.of(e)));
        } catch (RuntimeException e) {
            // The page-wide error message follows; the card must not keep saying "Saved at ...".
            saveState.setText(getTranslation("workspace.save.failed"));
            throw e;
        }
    }

    /**
     * Tells which text the "Saved at" stands for (Java's String hash, in hex), so the crash test
     * (org.sourcelens.durability.CrashTest) counts a save as acknowledged only for exactly the text it typed.
     */
    private void markSaved(AnswerValue value) {
        String saved = value.text() == null ? "" : value.text();
        saveState.getElement().setAttribute("data-saved-text-hash", Integer.toHexString(saved.hashCode()));
    }

    private void showConflict(AnswerValue mine, SaveOutcome outcome) {
        saveState.setText(getTranslation("assignment.question.changedElsewhere"));
        conflict.removeAll();
        Button keepMine = new Button(getTranslation("assignment.question.keepMine"), click -> store(mine, outcome.revision()));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button useOther = new Button(getTranslation("assignment.question.useOther"), click -> {
            show(outcome.current());
            conflict.setVisible(false);
            saveState.setText(getTranslation("assignment.question.showingOther", LocalFormat.time(outcome.savedAt())));
        });
        useOther.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflict.add(new Paragraph(getTranslation("assignment.question.conflict", LocalFormat.time(outcome.savedAt()))), keepMine, useOther);
        conflict.setVisible(true);
    }

    private void renderPassages() {
        passageList.removeAll();
        for (Passage passage : passages) {
            ListItem entry = new ListItem(new Span("“" + passage.quote() + "”"));
            if (editable) {
                Button remove = new Button(getTranslation("assignment.remove"), click -> {
                    passages.remove(passage);
                    renderPassages();
                    changed();
                    addPassage.focus();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("assignment.question.removePassageAria", passage.quote()));
                entry.add(remove);
            }
            passageList.add(entry);
        }
        if (passages.isEmpty()) {
            passageList.add(new ListItem(getTranslation("assignment.question.noPassage")));
        }
    }

    private Div result() {
        Div result = new Div();
        result.addClassName("question-result");
        if (item.points() != null) {
            result.add(new Paragraph(getTranslation("assignment.question.score", LocalFormat.number(item.points()),
                    String.valueOf(question.points()), item.explanation() == null ? "" : ". " + item.explanation())));
        } else if (!question.type().isAutoScored()) {
            result.add(new Paragraph(getTranslation("assignment.question.teacherGrades")));
        }
        if (item.rubricLevel() != null) {
            Paragraph level = new Paragraph(getTranslation("assignment.question.rubricLevel", item.rubricLevel(), rubricDescription()));
            level.addClassName("returned-level");
            result.add(level);
        }
        if (item.comment() != null) {
            Paragraph comment = new Paragraph(getTranslation("assignment.question.comment", item.comment()));
            comment.addClassName("returned-comment");
            result.add(comment);
        }
        // Correct answers, key passages and option feedback only when the assignment reveals them
        // (then the automatic explanation is there too); returned work alone does not reveal them.
        boolean revealed = item.explanation() != null;
        if (revealed && question.type() == QuestionType.HIGHLIGHT_EVIDENCE && !question.keyPassages().isEmpty()) {
            UnorderedList keys = new UnorderedList();
            keys.addClassName("key-passages");
            question.keyPassages().forEach(key -> keys.add(new ListItem(getTranslation("assignment.question.keyPassage", key.quote()))));
            result.add(keys);
        }
        if (revealed && (question.type() == QuestionType.SINGLE_CHOICE
                || question.type() == QuestionType.MULTIPLE_CHOICE)) {
            UnorderedList feedback = new UnorderedList();
            feedback.addClassName("option-feedback");
            for (int i = 0; i < question.options().size(); i++) {
                QuestionSpec.Option option = question.options().get(i);
                boolean chosen = item.answer().choices().contains(i);
                if (chosen || option.correct()) {
                    feedback.add(new ListItem(getTranslation(option.correct() ? "assignment.question.correctOption" : "assignment.question.wrongOption", option.text())
                            + (chosen ? getTranslation("assignment.question.yourChoice") : "")
                            + (option.feedback() == null || option.feedback().isBlank() ? "" : " — " + option.feedback())));
                }
            }
            result.add(feedback);
        }
        return result;
    }

    private String rubricDescription() {
        return (question.rubric().isEmpty() ? QuestionSpec.defaultRubric() : question.rubric()).stream()
                .filter(level -> level.name().equals(item.rubricLevel()) && level.description() != null
                        && !level.description().isBlank())
                .map(level -> " — " + level.description()).findFirst().orElse("");
    }

    boolean isAnswered() {
        return new Workspace.Item(item.questionId(), item.number(), question, current(), revision, null, null, null)
                .answered();
    }

    int number() {
        return item.number();
    }

    /** Whether this card collects passages (highlight the evidence), and from which article of the assignment. */
    boolean collectsPassagesFrom(int articleIndex, int articleCount) {
        return addPassage != null && editable && Math.min(question.article(), articleCount - 1) == articleIndex;
    }

    /** Moves the keyboard to the button that adds the selected passage (after Enter in the article's sentence mode). */
    void focusAddPassage() {
        addPassage.focus();
    }
}
