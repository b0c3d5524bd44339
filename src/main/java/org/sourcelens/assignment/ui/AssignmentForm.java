package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.assignment.AssignmentRequest;
import org.sourcelens.assignment.PeerVisibility;
import org.sourcelens.assignment.QuestionSetSummary;

/** Assigning work to a class: article(s), question set, dates and the class's settings. Fires {@link AssignEvent}. */
class AssignmentForm extends FormLayout {

    final ComboBox<ArticleSummary> article = new ComboBox<>(getTranslation("assignment.form.article"));
    final ComboBox<ArticleSummary> secondArticle = new ComboBox<>(getTranslation("assignment.form.secondArticle"));
    final ComboBox<QuestionSetSummary> questionSet = new ComboBox<>(getTranslation("assignment.form.questionSet"));
    final TextField title = new TextField(getTranslation("assignment.form.title"));
    final DateTimePicker opensAt = new DateTimePicker(getTranslation("assignment.form.opens"));
    final DateTimePicker dueAt = new DateTimePicker(getTranslation("assignment.form.due"));
    final Select<PeerVisibility> peers = new Select<>();
    final Checkbox lateAllowed = new Checkbox(getTranslation("assignment.form.lateAllowed"), true);
    final Checkbox showCorrect = new Checkbox(getTranslation("assignment.form.showCorrect"), true);
    final Checkbox anonymousPeers = new Checkbox(getTranslation("assignment.form.anonymousPeers"), false);
    final Button assign = new Button(getTranslation("assignment.form.assign"));
    final FormError error = new FormError();

    AssignmentForm(List<ArticleSummary> articles, List<QuestionSetSummary> sets) {
        article.setId("article-to-assign");
        for (ComboBox<ArticleSummary> box : List.of(article, secondArticle)) {
            box.setItems(articles);
            box.setItemLabelGenerator(a -> a.outlet() == null ? a.title() : a.title() + " — " + a.outlet());
        }
        secondArticle.setClearButtonVisible(true);
        questionSet.setId("question-set-to-assign");
        questionSet.setItems(sets);
        questionSet.setItemLabelGenerator(s -> getTranslation("assignment.form.setLabel", s.title(), s.questionCount()));
        questionSet.setClearButtonVisible(true);
        peers.setLabel(getTranslation("assignment.form.peers"));
        peers.setItems(PeerVisibility.values());
        peers.setItemLabelGenerator(v -> switch (v) {
            case NEVER -> getTranslation("assignment.form.peers.never");
            case AFTER_SUBMIT -> getTranslation("assignment.form.peers.afterSubmit");
            case AFTER_DUE -> getTranslation("assignment.form.peers.afterDue");
        });
        peers.setValue(PeerVisibility.AFTER_SUBMIT);
        assign.setId("assign-reading");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(click -> submit());
        add(article, questionSet, secondArticle, title, opensAt, dueAt, peers, lateAllowed, showCorrect, anonymousPeers,
                error, assign);
        setColspan(showCorrect, 2);
        setColspan(anonymousPeers, 2);
        setColspan(error, 2);
    }

    private void submit() {
        if (article.getValue() == null) {
            article.setInvalid(true);
            article.setErrorMessage(getTranslation("assignment.form.chooseArticle"));
            return;
        }
        article.setInvalid(false);
        fireEvent(new AssignEvent(this, new AssignmentRequest(article.getValue().id(),
                secondArticle.getValue() == null ? null : secondArticle.getValue().id(),
                questionSet.getValue() == null ? null : questionSet.getValue().id(), title.getValue(),
                instant(opensAt.getValue()), instant(dueAt.getValue()), peers.getValue(), lateAllowed.getValue(),
                showCorrect.getValue(), anonymousPeers.getValue())));
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addAssignListener(ComponentEventListener<AssignEvent> listener) {
        return addListener(AssignEvent.class, listener);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZoneId.systemDefault()).toInstant();
    }

    static class AssignEvent extends ComponentEvent<AssignmentForm> {

        private final AssignmentRequest request;

        AssignEvent(AssignmentForm source, AssignmentRequest request) {
            super(source, false);
            this.request = request;
        }

        AssignmentRequest request() {
            return request;
        }
    }
}
