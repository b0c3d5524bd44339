package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sourcelens.article.ui.ArticleReader;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.Passage;
import org.sourcelens.assignment.QuestionSetDetails;
import org.sourcelens.assignment.QuestionSetEditor;
import org.sourcelens.assignment.QuestionSetService;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionType;
import org.sourcelens.assignment.SaveOutcome;
import org.sourcelens.assignment.Workspace;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/** Editing a question set: write, reorder, duplicate and delete questions, preview them as a student, export. */
@Route("question-sets/:setId(\\d+)")
@PageTitle("page.questionSet")
@RolesAllowed(Roles.INSTRUCTOR)
public class QuestionSetEditorView extends Main implements BeforeEnterObserver {

    /** The text selected inside the article shown in the question form, if any. */
    private static final String SELECTED_TEXT = """
            const selection = window.getSelection();
            if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
            const node = selection.getRangeAt(0).commonAncestorContainer;
            const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
            return element && element.closest('#article-to-mark') ? selection.toString() : '';
            """;

    private final transient QuestionSetService questionSets;
    private long setId;
    private QuestionSetEditor editor;
    final TextField title = new TextField(getTranslation("assignment.setEditor.title"));
    final Div editing = new Div();
    final OrderedList questions = new OrderedList();

    public QuestionSetEditorView(QuestionSetService questionSets) {
        this.questionSets = questionSets;
        addClassName("page");
        title.setId("set-title");
        title.setWidth("min(40rem, 100%)");
        questions.setId("questions");
        questions.addClassName("question-list");
        editing.setId("question-editing");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        setId = event.getRouteParameters().getLong("setId").orElseThrow();
        refresh();
    }

    private void refresh() {
        editor = questionSets.editor(setId);
        QuestionSetDetails set = editor.set();
        removeAll();
        title.setValue(set.title());
        Button rename = new Button(getTranslation("assignment.setEditor.rename"), click -> run(() -> questionSets.rename(setId, title.getValue(),
                set.description())));
        Button add = new Button(getTranslation("assignment.setEditor.add"), click -> edit(null, null));
        add.setId("add-question");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button preview = new Button(getTranslation("assignment.setEditor.preview"), click -> preview(set));
        preview.setId("preview-set");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] json = questionSets.exportJson(setId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "question-set-" + setId + ".json",
                    "application/json", json.length);
        }), getTranslation("assignment.setEditor.export"));
        export.setId("export-set");
        questions.removeAll();
        for (QuestionSetDetails.Item item : set.questions()) {
            questions.add(row(item, set.questions().size()));
        }
        if (set.questions().isEmpty()) {
            questions.add(new ListItem(getTranslation("assignment.setEditor.none")));
        }
        add(new Anchor("question-sets", getTranslation("assignment.setEditor.back")), new H1(getTranslation("assignment.setEditor.heading")),
                new HorizontalLayout(title, rename), new HorizontalLayout(add, preview, export),
                new H2(getTranslation("assignment.setEditor.questions", set.questions().size())), questions, editing);
    }

    private ListItem row(QuestionSetDetails.Item item, int count) {
        QuestionSpec spec = item.spec();
        Span meta = new Span(WorkspaceTexts.type(spec.type()) + " · " + WorkspaceTexts.dimension(spec.dimension()) + " · "
                + getTranslation("assignment.setEditor.points", spec.points()));
        meta.addClassName("card-meta");
        Button edit = small(getTranslation("assignment.setEditor.edit"), () -> edit(item.id(), spec));
        Button duplicate = small(getTranslation("assignment.setEditor.duplicate"), () -> run(() -> questionSets.duplicateQuestion(item.id())));
        Button up = small(getTranslation("assignment.setEditor.up"), () -> run(() -> questionSets.moveQuestion(item.id(), -1)));
        up.setEnabled(item.number() > 1);
        Button down = small(getTranslation("assignment.setEditor.down"), () -> run(() -> questionSets.moveQuestion(item.id(), 1)));
        down.setEnabled(item.number() < count);
        Button delete = small(getTranslation("assignment.setEditor.delete"), () -> run(() -> questionSets.deleteQuestion(item.id())));
        for (Button button : List.of(edit, duplicate, up, down, delete)) {
            button.setAriaLabel(getTranslation("assignment.setEditor.rowAria", button.getText(), item.number()));
        }
        ListItem row = new ListItem(new Paragraph(spec.prompt()), meta, new HorizontalLayout(edit, duplicate, up, down,
                delete));
        row.setId("question-row-" + item.number());
        return row;
    }

    private void edit(Long questionId, QuestionSpec spec) {
        editing.removeAll();
        QuestionForm form = new QuestionForm(spec, editor.articles(),
                article -> new ArticleReader(questionSets.articleToMark(article.id()), getLocale()).withTitleAsSubheading(),
                callback -> getElement().executeJs(SELECTED_TEXT).then(String.class, callback::accept));
        form.addSaveListener(event -> {
            try {
                List<Passage> keys = form.type.getValue() != QuestionType.HIGHLIGHT_EVIDENCE ? List.of()
                        : form.keyQuotesChanged() || form.originalKeyPassages().isEmpty()
                                ? questionSets.locatePassages(requireArticle(form), form.quotes())
                                : form.originalKeyPassages();
                QuestionSpec question = form.question(keys);
                if (questionId == null) {
                    questionSets.addQuestion(setId, question);
                } else {
                    questionSets.updateQuestion(questionId, question);
                }
                refresh();
            } catch (ValidationException e) {
                form.showError(Texts.of(e));
            }
        });
        Button cancel = small(getTranslation("assignment.setEditor.cancel"), editing::removeAll);
        editing.add(new H2(getTranslation(questionId == null ? "assignment.setEditor.newQuestion" : "assignment.setEditor.editQuestion")), form, cancel);
        form.prompt.focus();
    }

    private static long requireArticle(QuestionForm form) {
        if (form.keyArticle.getValue() == null) {
            throw new ValidationException(Texts.get("assignment.setEditor.chooseKeyArticle"));
        }
        return form.keyArticle.getValue().id();
    }

    private void preview(QuestionSetDetails set) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assignment.setEditor.previewTitle", set.title()));
        dialog.setWidth("min(48rem, 95vw)");
        for (QuestionSetDetails.Item item : set.questions()) {
            Workspace.Item asStudent = new Workspace.Item(item.id(), item.number(), item.spec(), AnswerValue.empty(), 0,
                    null, null, null);
            dialog.add(new QuestionCard(asStudent, true,
                    (value, base) -> new SaveOutcome(true, base + 1, java.time.Instant.now(), value),
                    callback -> callback.accept(null)));
        }
        dialog.getFooter().add(new Button(getTranslation("assignment.setEditor.closePreview"), click -> dialog.close()));
        dialog.open();
    }

    private void run(Runnable change) {
        try {
            change.run();
            refresh();
        } catch (ValidationException e) {
            editing.removeAll();
            editing.add(new Paragraph(Texts.of(e)));
        }
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
