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
import org.sourcelens.security.Roles;

/** The student's workspace: the article beside the questions, every answer saved as it is typed, then submit. */
@Route("assignments/:assignmentId(\\d+)")
@RolesAllowed(Roles.STUDENT)
public class WorkspaceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Remembers the last selection made inside an article: tapping or clicking the "add" button can
     * collapse the selection on touch screens and some browsers before the button's action runs.
     */
    private static final String REMEMBER_SELECTION = """
            if (!window.sourcelensSelectionWatch) {
              window.sourcelensSelectionWatch = true;
              document.addEventListener('selectionchange', () => {
                const selection = window.getSelection();
                if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
                const range = selection.getRangeAt(0);
                const start = range.startContainer.nodeType === Node.ELEMENT_NODE
                    ? range.startContainer : range.startContainer.parentElement;
                if (start && start.closest('.workspace-article')) window.sourcelensLastRange = range.cloneRange();
              });
            }
            """;

    /** Finds the selection inside one article on the page, as paragraph anchors and character offsets. */
    private static final String SELECTED_PASSAGE = """
            const root = document.getElementById($0);
            const selection = window.getSelection();
            const range = selection && !selection.isCollapsed && selection.rangeCount > 0
                ? selection.getRangeAt(0) : window.sourcelensLastRange;
            if (!root || !range || range.collapsed) return '';
            const locate = (node, offset) => {
              const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
              const block = element && element.closest('[data-anchor]');
              if (!block || !root.contains(block)) return null;
              const before = document.createRange();
              before.selectNodeContents(block);
              before.setEnd(node, offset);
              return [block.dataset.anchor, before.toString().length];
            };
            const start = locate(range.startContainer, range.startOffset);
            const end = locate(range.endContainer, range.endOffset);
            if (!start || !end) return '';
            window.sourcelensLastRange = null;
            return [start[0], start[1], end[0], end[1], range.toString()].join('|');
            """;

    private final transient SubmissionService submissions;
    private long assignmentId;
    private String title = "Assignment · SourceLens";
    final List<QuestionCard> cards = new ArrayList<>();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    Button submitButton;

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
        title = workspace.title() + " · SourceLens";
        H1 heading = new H1(workspace.title());
        heading.setId("assignment-title");
        Paragraph meta = new Paragraph(workspace.className() + " · "
                + (workspace.dueAt() == null ? "no due date" : "due " + WorkspaceTexts.when(workspace.dueAt()))
                + " · " + WorkspaceTexts.status(workspace.status(), false));
        meta.setId("assignment-meta");
        meta.addClassName("card-meta");
        add(new Anchor("assignments", "← My assignments"), heading, meta);
        if (!workspace.editable()) {
            Div locked = new Div(workspace.lockedReason());
            locked.setId("locked-reason");
            locked.addClassName("notice");
            add(locked);
        }
        if (workspace.autoPoints() != null) {
            Paragraph score = new Paragraph("Scored at once: " + workspace.autoPoints() + " of "
                    + workspace.autoMaxPoints() + " points. Written answers are graded by your teacher.");
            score.setId("auto-score");
            add(score);
        }

        Section questions = new Section();
        questions.addClassName("workspace-questions");
        questions.setAriaLabel("Questions");
        progress.setId("progress");
        progressText.setId("progress-text");
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
            submitButton = new Button("Submit", click -> confirmSubmit());
            submitButton.setId("submit");
            submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submitButton.setDisableOnClick(true);
            questions.add(submitButton);
        }
        Div layout = new Div(articles(workspace.articles()), questions);
        layout.addClassName("workspace");
        add(layout);
        updateProgress();
        if (workspace.editable()) {
            getElement().executeJs(REMEMBER_SELECTION);
        }
    }

    private com.vaadin.flow.component.Component articles(List<ArticleContent> articles) {
        if (articles.size() == 1) {
            Div single = new Div(new ArticleReader(articles.getFirst(), UI.getCurrent().getLocale()));
            single.setId("article-0");
            single.addClassName("workspace-article");
            return single;
        }
        TabSheet tabs = new TabSheet();
        tabs.addClassName("workspace-article");
        for (int i = 0; i < articles.size(); i++) {
            Div reader = new Div(new ArticleReader(articles.get(i), UI.getCurrent().getLocale()));
            reader.setId("article-" + i);
            tabs.add((i == 0 ? "First article" : "Second article"), reader);
        }
        return tabs;
    }

    private void pickPassage(int articleIndex, List<ArticleContent> articles, Consumer<Passage> callback) {
        int version = articles.get(Math.min(articleIndex, articles.size() - 1)).versionNo();
        getElement().executeJs(SELECTED_PASSAGE, "article-" + articleIndex).then(String.class, selected -> {
            String[] parts = selected == null ? new String[0] : selected.split("\\|", 5);
            if (parts.length < 5) {
                callback.accept(null);
                return;
            }
            callback.accept(new Passage(version, parts[0], Integer.parseInt(parts[1]), parts[2],
                    Integer.parseInt(parts[3]), parts[4]));
        });
    }

    private void updateProgress() {
        long answered = cards.stream().filter(QuestionCard::isAnswered).count();
        progress.setValue(cards.isEmpty() ? 0 : (double) answered / cards.size());
        progressText.setText(answered + " of " + cards.size() + " questions answered");
    }

    private void confirmSubmit() {
        List<String> unanswered = cards.stream().filter(card -> !card.isAnswered())
                .map(card -> String.valueOf(card.number())).toList();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("submit-dialog");
        dialog.setHeader("Submit your answers?");
        dialog.setText(unanswered.isEmpty()
                ? "After submitting you cannot change your answers."
                : "You have not answered question" + (unanswered.size() == 1 ? " " : "s ")
                        + String.join(", ", unanswered) + ". After submitting you cannot change your answers.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep working");
        dialog.setConfirmText(unanswered.isEmpty() ? "Submit" : "Submit anyway");
        dialog.addConfirmListener(event -> submit());
        dialog.addCancelListener(event -> submitButton.setEnabled(true));
        dialog.open();
    }

    private void submit() {
        try {
            show(submissions.submit(assignmentId));
        } catch (ValidationException e) {
            show(submissions.workspace(assignmentId));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
