package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ui.ArticleReader;
import org.sourcelens.assignment.Passage;
import org.sourcelens.assignment.SubmissionService;
import org.sourcelens.assignment.Workspace;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.base.ui.SelectableText;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/** The student's workspace: the article beside the questions, every answer saved as it is typed, then submit. */
@Route("assignments/:assignmentId(\\d+)")
@RolesAllowed(Roles.STUDENT)
public class WorkspaceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SubmissionService submissions;
    private long assignmentId;
    private String title = getTranslation("page.title", getTranslation("assignment.workspace.defaultTitle"));
    final List<QuestionCard> cards = new ArrayList<>();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    Button submitButton;
    final List<SelectableText> texts = new ArrayList<>();
    private H1 heading;

    public WorkspaceView(SubmissionService submissions) {
        this.submissions = submissions;
        addClassName("workspace-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElseThrow();
        show(submissions.workspace(assignmentId));
    }

    private void show(Workspace workspace) {
        removeAll();
        cards.clear();
        title = getTranslation("page.title", workspace.title());
        heading = new H1(workspace.title());
        heading.setId("assignment-title");
        Paragraph meta = new Paragraph(workspace.className() + " · "
                + (workspace.dueAt() == null ? getTranslation("assignment.workspace.noDue") : getTranslation("assignment.workspace.due", LocalFormat.dateTime(workspace.dueAt())))
                + " · " + WorkspaceTexts.status(workspace.status(), false));
        meta.setId("assignment-meta");
        meta.addClassName("card-meta");
        add(new Anchor("assignments", getTranslation("assignment.workspace.back")), heading, meta);
        if (!workspace.editable()) {
            Div locked = new Div(Texts.get(workspace.lockedReason()));
            locked.setId("locked-reason");
            locked.addClassName("notice");
            add(locked);
        }
        if (workspace.returnedPoints() != null) {
            Paragraph score = new Paragraph(getTranslation("assignment.workspace.returned", LocalFormat.decimal(workspace.returnedPoints()),
                    String.valueOf(workspace.maxPoints())));
            score.setId("returned-score");
            score.addClassName("notice");
            add(score);
        } else if (workspace.autoPoints() != null) {
            Paragraph score = new Paragraph(getTranslation("assignment.workspace.autoScored", LocalFormat.decimal(workspace.autoPoints()),
                    String.valueOf(workspace.autoMaxPoints())));
            score.setId("auto-score");
            add(score);
        }

        Section questions = new Section();
        questions.addClassName("workspace-questions");
        questions.setAriaLabel(getTranslation("assignment.workspace.questions"));
        progress.setId("progress");
        progressText.setId("progress-text");
        progress.getElement().setAttribute("aria-labelledby", "progress-text");
        questions.add(progressText, progress);
        for (Workspace.Item item : workspace.questions()) {
            QuestionCard card = new QuestionCard(item, workspace.editable(),
                    (value, base) -> {
                        var outcome = submissions.saveAnswer(assignmentId, item.questionId(), value, base);
                        updateProgress();
                        return outcome;
                    },
                    callback -> pickPassage(item.question().article(), workspace.articles(), callback));
            cards.add(card);
            questions.add(card);
        }
        if (workspace.editable()) {
            submitButton = new Button(getTranslation("assignment.workspace.submit"), click -> confirmSubmit());
            submitButton.setId("submit");
            submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submitButton.setDisableOnClick(true);
            questions.add(submitButton);
        }
        Div layout = new Div(articles(workspace.articles()), questions);
        layout.addClassName("workspace");
        add(layout);
        updateProgress();
    }

    /** The article or articles, each in the same selection tool as the reader's. */
    private com.vaadin.flow.component.Component articles(List<ArticleContent> articles) {
        texts.clear();
        for (int i = 0; i < articles.size(); i++) {
            SelectableText text = new SelectableText(new ArticleReader(articles.get(i), UI.getCurrent().getLocale())
                    .withTitleAsSubheading());
            text.setId("article-" + i);
            int index = i;
            int count = articles.size();
            // Enter on a sentence-mode selection goes on to the question that collects passages, as the reader goes to the tag.
            text.addConfirmListener(() -> cards.stream().filter(card -> card.collectsPassagesFrom(index, count))
                    .findFirst().ifPresent(QuestionCard::focusAddPassage));
            texts.add(text);
        }
        if (articles.size() == 1) {
            texts.getFirst().addClassName("workspace-article");
            return texts.getFirst();
        }
        TabSheet tabs = new TabSheet();
        tabs.addClassName("workspace-article");
        for (int i = 0; i < texts.size(); i++) {
            tabs.add(getTranslation(i == 0 ? "assignment.workspace.firstArticle" : "assignment.workspace.secondArticle"), texts.get(i));
        }
        return tabs;
    }

    private void pickPassage(int articleIndex, List<ArticleContent> articles, Consumer<Passage> callback) {
        int index = Math.min(articleIndex, articles.size() - 1);
        int version = articles.get(index).versionNo();
        SelectableText text = texts.get(index);
        callback.accept(text.selected().map(selected -> new Passage(version, selected.startAnchor(),
                selected.startOffset(), selected.endAnchor(), selected.endOffset(), selected.text())).orElse(null));
        text.clearSelection();
    }

    private void updateProgress() {
        long answered = cards.stream().filter(QuestionCard::isAnswered).count();
        progress.setValue(cards.isEmpty() ? 0 : (double) answered / cards.size());
        progressText.setText(getTranslation("assignment.progress", answered, cards.size()));
    }

    private void confirmSubmit() {
        List<String> unanswered = cards.stream().filter(card -> !card.isAnswered())
                .map(card -> String.valueOf(card.number())).toList();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("submit-dialog");
        dialog.setHeader(getTranslation("assignment.workspace.confirmHeader"));
        dialog.setText(unanswered.isEmpty()
                ? getTranslation("assignment.workspace.confirmText")
                : getTranslation("assignment.workspace.confirmUnanswered", unanswered.size(), String.join(", ", unanswered)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("assignment.workspace.keepWorking"));
        dialog.setConfirmText(getTranslation(unanswered.isEmpty() ? "assignment.workspace.submit" : "assignment.workspace.submitAnyway"));
        dialog.addConfirmListener(event -> submit());
        dialog.addCancelListener(event -> {
            submitButton.setEnabled(true);
            // The button was disabled while the dialog was open, so the dialog could not give the focus back.
            submitButton.focus();
        });
        dialog.open();
    }

    private void submit() {
        try {
            show(submissions.submit(assignmentId));
        } catch (ValidationException e) {
            show(submissions.workspace(assignmentId));
        }
        // The page was drawn anew: the keyboard starts again at its title, which now says what happened.
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().callJsFunction("focus");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
