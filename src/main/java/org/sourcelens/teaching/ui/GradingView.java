package org.sourcelens.teaching.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.sourcelens.assignment.GradingQueue;
import org.sourcelens.assignment.GradingService;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/**
 * Grading one question across the class, one answer at a time: pick a rubric level with a click or a
 * number key (it is saved at once), add or reuse a comment, override an automatic score, then the
 * next answer (N, or P for the previous one).
 */
@Route("teach/assignments/:assignmentId(\\d+)/grade/:questionId(\\d+)")
@RolesAllowed(Roles.INSTRUCTOR)
public class GradingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GradingService grading;
    private long assignmentId;
    private long questionId;
    GradingQueue queue;
    int index;
    private String title = getTranslation("page.title", getTranslation("teaching.grading.defaultTitle"));
    final Div entryPanel = new Div();
    final Span position = new Span();
    final Span saveState = new Span();
    final FormError error = new FormError();
    final TextArea comment = new TextArea(getTranslation("teaching.grading.comment"));
    final NumberField points = new NumberField(getTranslation("teaching.grading.points"));
    final List<Button> levelButtons = new ArrayList<>();
    final Div reusable = new Div();
    Button next;
    Button previous;
    private Button savePointsButton;
    private Button saveCommentButton;
    private Button returnOneButton;
    private H2 studentHeading;

    public GradingView(GradingService grading) {
        this.grading = grading;
        addClassName("grading-page");
    }

    static String path(long assignmentId, long questionId) {
        return "teach/assignments/" + assignmentId + "/grade/" + questionId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElseThrow();
        questionId = event.getRouteParameters().getLong("questionId").orElseThrow();
        queue = grading.queue(assignmentId, questionId);
        String student = event.getLocation().getQueryParameters().getSingleParameter("student").orElse(null);
        index = 0;
        for (int i = 0; i < queue.entries().size(); i++) {
            if (String.valueOf(queue.entries().get(i).studentId()).equals(student)) {
                index = i;
            }
        }
        if (student == null) {
            // Start where grading is needed: the first answer without a grade.
            for (int i = 0; i < queue.entries().size(); i++) {
                if (queue.entries().get(i).grade() == null) {
                    index = i;
                    break;
                }
            }
        }
        build();
    }

    private void build() {
        removeAll();
        title = getTranslation("teaching.grading.title", queue.number(), queue.title());
        Nav breadcrumb = new Nav(new Anchor("teach/" + queue.classId(), "← " + queue.className()), new Span(" / "),
                new Anchor("teach/assignments/" + assignmentId, getTranslation("teaching.dashboard.defaultTitle")));
        breadcrumb.setAriaLabel(getTranslation("article.view.breadcrumb"));
        H1 heading = new H1(getTranslation("teaching.grading.heading", queue.title()));
        Nav questions = new Nav();
        questions.setAriaLabel(getTranslation("assignment.workspace.questions"));
        questions.addClassName("grading-questions");
        for (GradingQueue.QuestionRef ref : queue.questions()) {
            String label = ref.ungraded() > 0 ? getTranslation("teaching.grading.questionToGrade", ref.number(), ref.ungraded())
                    : getTranslation("teaching.grading.questionShort", ref.number());
            if (ref.questionId() == queue.questionId()) {
                Span current = new Span(label);
                current.addClassName("current-question");
                current.getElement().setAttribute("aria-current", "page");
                questions.add(current);
            } else {
                questions.add(new Anchor(path(assignmentId, ref.questionId()), label));
            }
        }
        QuestionSpec spec = queue.question();
        Section question = new Section(new H2(getTranslation("teaching.grading.question", queue.number(), spec.points())), new Paragraph(spec.prompt()));
        question.addClassName("grading-question");
        if (!spec.options().isEmpty()) {
            UnorderedList options = new UnorderedList();
            for (int i = 0; i < spec.options().size(); i++) {
                options.add(new ListItem(spec.options().get(i).correct() ? getTranslation("teaching.answer.correctOption",
                        String.valueOf((char) ('A' + i)), spec.options().get(i).text())
                        : (char) ('A' + i) + ". " + spec.options().get(i).text()));
            }
            question.add(options);
        }
        spec.keyPassages().forEach(key -> question.add(new Paragraph(getTranslation("assignment.question.keyPassage", key.quote()))));
        Paragraph keys = new Paragraph(getTranslation("teaching.grading.keys", Math.max(1, rubric().size())));
        keys.addClassName("card-meta");
        add(breadcrumb, heading, questions, question, keys);
        if (queue.entries().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("empty.grading.queue"));
            none.setId("nothing-to-grade");
            add(none);
            return;
        }
        entryPanel.setId("grading-entry");
        entryPanel.addClassName("grading-entry");
        add(entryPanel);
        // Keys work anywhere on the page except while typing (a digit in the comment stays text).
        getElement().executeJs("""
                if (this.__gradingKeys) return;
                const view = this;
                const handler = e => {
                  if (!view.isConnected) { document.removeEventListener('keydown', handler); return; }
                  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
                  const target = e.composedPath()[0];
                  if (target && target.closest && target.closest('input, textarea, select, [contenteditable], '
                      + 'vaadin-text-area, vaadin-text-field, vaadin-number-field, vaadin-select')) return;
                  if (/^[1-9]$/.test(e.key)) { e.preventDefault(); view.$server.chooseLevel(Number(e.key)); }
                  else if (e.key === 'n' || e.key === 'N') { e.preventDefault(); view.$server.move(1); }
                  else if (e.key === 'p' || e.key === 'P') { e.preventDefault(); view.$server.move(-1); }
                };
                this.__gradingKeys = handler;
                document.addEventListener('keydown', handler);
                """);
        showEntry();
    }

    private List<QuestionSpec.RubricLevel> rubric() {
        QuestionSpec spec = queue.question();
        if (spec.type().isAutoScored()) {
            return List.of();
        }
        return spec.rubric().isEmpty() ? QuestionSpec.defaultRubric() : spec.rubric();
    }

    /** Shows the current student's answer with its grade so far. */
    void showEntry() {
        GradingQueue.Entry entry = queue.entries().get(index);
        QuestionSpec spec = queue.question();
        entryPanel.removeAll();
        levelButtons.clear();
        error.setText("");
        long graded = queue.entries().stream().filter(e -> e.grade() != null).count();
        position.setText(getTranslation("teaching.grading.position", index + 1, queue.entries().size(), graded));
        position.setId("grading-position");
        H2 student = new H2(entry.displayName());
        student.setId("grading-student");
        student.getElement().setAttribute("tabindex", "-1");
        studentHeading = student;
        Span status = new Span(getTranslation(entry.status().messageKey()));
        status.addClassName("card-meta");
        entryPanel.add(position, student, status, new AnswerDisplay(spec, entry.answer(), entry.answered()));
        if (entry.autoPoints() != null) {
            Paragraph auto = new Paragraph(getTranslation("teaching.grading.auto", LocalFormat.number(entry.autoPoints()),
                    String.valueOf(spec.points()), entry.autoExplanation() == null ? "" : ". " + entry.autoExplanation()));
            auto.setId("auto-score");
            entryPanel.add(auto);
        }
        Div levels = new Div();
        levels.addClassName("rubric-levels");
        levels.getElement().setAttribute("role", "group");
        levels.getElement().setAttribute("aria-label", getTranslation("teaching.dashboard.axis.level"));
        List<QuestionSpec.RubricLevel> rubric = rubric();
        for (int i = 0; i < rubric.size(); i++) {
            QuestionSpec.RubricLevel level = rubric.get(i);
            boolean chosen = entry.grade() != null && level.name().equals(entry.grade().rubricLevel());
            Button button = new Button(getTranslation("teaching.grading.level", i + 1, level.name(),
                    LocalFormat.number(spec.points() * level.percent() / 100.0)),
                    click -> chooseLevel(levelButtons.indexOf(click.getSource()) + 1));
            button.addClassName("rubric-level");
            button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            if (chosen) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            if (level.description() != null && !level.description().isBlank()) {
                button.setTooltipText(level.description());
            }
            levelButtons.add(button);
            levels.add(button);
        }
        points.setMin(0);
        points.setMax(spec.points());
        points.setStep(0.5);
        points.setValue(entry.grade() == null ? entry.autoPoints() : Double.valueOf(entry.grade().points()));
        points.setHelperText(getTranslation(spec.type().isAutoScored() ? "teaching.grading.overrideAuto" : "teaching.grading.overrideLevel"));
        Button savePoints = new Button(getTranslation("teaching.grading.savePoints"), click -> {
            save(queue.entries().get(index).grade() == null ? null : queue.entries().get(index).grade().rubricLevel(),
                    points.getValue() == null ? Double.valueOf(-1) : points.getValue());
            savePointsButton.focus();
        });
        savePoints.setId("save-points");
        savePointsButton = savePoints;
        comment.setValue(entry.grade() == null || entry.grade().comment() == null ? "" : entry.grade().comment());
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setId("grading-comment");
        reusable.removeAll();
        reusable.addClassName("reusable-comments");
        for (String used : queue.usedComments()) {
            Button reuse = new Button(used.length() > 60 ? used.substring(0, 57) + "…" : used, click -> {
                comment.setValue(used);
                if (queue.entries().get(index).grade() != null) {
                    saveComment();
                }
            });
            reuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reuse.addClassName("reuse-comment");
            reuse.setTooltipText(used);
            reusable.add(reuse);
        }
        Button saveComment = new Button(getTranslation("teaching.grading.saveComment"), click -> saveComment());
        saveComment.setId("save-comment");
        saveCommentButton = saveComment;
        saveState.setId("grading-saved");
        saveState.getElement().setAttribute("aria-live", "polite");
        saveState.setText(entry.grade() == null ? getTranslation("teaching.notGraded") : getTranslation("teaching.grading.graded",
                entry.grade().rubricLevel() == null ? "" : entry.grade().rubricLevel() + ", ",
                LocalFormat.number(entry.grade().points()), String.valueOf(spec.points())));
        previous = new Button(getTranslation("teaching.grading.previous"), click -> move(-1));
        previous.setEnabled(index > 0);
        next = new Button(getTranslation("teaching.grading.next"), click -> move(1));
        next.setId("grading-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(index < queue.entries().size() - 1);
        Button returnOne = new Button(getTranslation("teaching.returnTo", entry.displayName()), click -> {
            grading.returnWork(assignmentId, entry.studentId());
            reload(entry.studentId());
            saveState.setText(getTranslation("teaching.grading.returnedTo", entry.displayName()));
            returnOneButton.focus();
        });
        returnOne.setId("return-one");
        returnOneButton = returnOne;
        if (!rubric.isEmpty()) {
            entryPanel.add(levels);
        }
        entryPanel.add(new Div(points, savePoints), comment);
        if (!queue.usedComments().isEmpty()) {
            entryPanel.add(new Span(getTranslation("teaching.grading.reuse")), reusable);
        }
        entryPanel.add(new Div(saveComment, saveState), error, new Div(previous, next, returnOne));
    }

    @ClientCallable
    void chooseLevel(int number) {
        List<QuestionSpec.RubricLevel> rubric = rubric();
        if (!queue.entries().isEmpty() && number >= 1 && number <= rubric.size()) {
            save(rubric.get(number - 1).name(), null);
            // The buttons were drawn again: the keyboard stays on the level just chosen.
            levelButtons.get(number - 1).focus();
        }
    }

    @ClientCallable
    void move(int step) {
        int target = index + step;
        if (queue.entries().isEmpty() || target < 0 || target >= queue.entries().size()) {
            return;
        }
        // A comment typed but not saved is never dropped by moving on.
        GradingQueue.GradeView grade = queue.entries().get(index).grade();
        String typed = comment.getValue() == null ? "" : comment.getValue().strip();
        String saved = grade == null || grade.comment() == null ? "" : grade.comment();
        if (!typed.equals(saved)) {
            if (grade == null) {
                error.setText(getTranslation("teaching.grading.levelFirst"));
                return;
            }
            save(grade.rubricLevel(), grade.points());
            if (!error.getText().isEmpty()) {
                return;
            }
        }
        index = target;
        showEntry();
        if (next.isEnabled()) {
            next.focus();
        } else {
            studentHeading.getElement().callJsFunction("focus");
        }
    }

    private void saveComment() {
        GradingQueue.GradeView grade = queue.entries().get(index).grade();
        if (grade == null) {
            error.setText(getTranslation("teaching.grading.levelFirstSave"));
            return;
        }
        save(grade.rubricLevel(), grade.points());
        saveCommentButton.focus();
    }

    /** Saves the grade at once and shows it; the comment typed so far goes with it. */
    void save(String level, Double overridePoints) {
        GradingQueue.Entry entry = queue.entries().get(index);
        try {
            grading.grade(assignmentId, questionId, entry.studentId(), level, overridePoints, comment.getValue());
            reload(entry.studentId());
        } catch (ValidationException e) {
            error.setText(Texts.of(e));
        }
    }

    /** Reads the queue again (grades and reusable comments) and stays on the same student. */
    private void reload(long studentId) {
        queue = grading.queue(assignmentId, questionId);
        for (int i = 0; i < queue.entries().size(); i++) {
            if (queue.entries().get(i).studentId() == studentId) {
                index = i;
            }
        }
        showEntry();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
