package org.sourcelens.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.sourcelens.annotation.ClassHighlight;
import org.sourcelens.annotation.ClassHighlightsService;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ui.ArticleReader;
import org.sourcelens.assignment.ClassResultsService;
import org.sourcelens.assignment.GradingService;
import org.sourcelens.assignment.StudentWork;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/** One student's work in full, for the instructor: answers, lateral reading, scores and grades beside their highlights. */
@Route("teach/assignments/:assignmentId(\\d+)/students/:studentId(\\d+)")
@RolesAllowed(Roles.INSTRUCTOR)
public class StudentWorkView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    private final transient ClassResultsService results;
    private final transient GradingService grading;
    private final transient ClassHighlightsService classHighlights;
    private long assignmentId;
    private long studentId;
    private String title = getTranslation("page.title", getTranslation("teaching.work.defaultTitle"));
    final FormError error = new FormError();
    final Span returnState = new Span();

    public StudentWorkView(ClassResultsService results, GradingService grading, ClassHighlightsService classHighlights) {
        this.results = results;
        this.grading = grading;
        this.classHighlights = classHighlights;
        addClassName("student-work-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElseThrow();
        studentId = event.getRouteParameters().getLong("studentId").orElseThrow();
        show(results.studentWork(assignmentId, studentId));
    }

    private void show(StudentWork work) {
        removeAll();
        title = getTranslation("teaching.work.title", work.displayName(), work.title());
        Nav breadcrumb = new Nav(new Anchor("teach/" + work.classId(), "← " + work.className()), new Span(" / "),
                new Anchor("teach/assignments/" + assignmentId, getTranslation("teaching.dashboard.defaultTitle")));
        breadcrumb.setAriaLabel(getTranslation("article.view.breadcrumb"));
        H1 heading = new H1(work.displayName());
        heading.setId("student-name");
        Paragraph meta = new Paragraph(work.title() + " · " + getTranslation(work.status().messageKey()) + (work.late() ? getTranslation("teaching.late") : "")
                + (work.submittedAt() == null ? "" : getTranslation("teaching.work.submitted", LocalFormat.dayTime(work.submittedAt())))
                + (work.returnedAt() == null ? "" : getTranslation("teaching.work.returned", LocalFormat.dayTime(work.returnedAt())))
                + (work.points() == null ? "" : getTranslation("teaching.work.points", LocalFormat.number(work.points()),
                        String.valueOf(work.maxPoints()))));
        meta.setId("student-meta");
        Button returnWork = new Button(getTranslation("teaching.returnTo", work.displayName()), click -> {
            try {
                grading.returnWork(assignmentId, studentId);
                show(results.studentWork(assignmentId, studentId));
                returnState.setText(getTranslation("teaching.work.returnedState"));
            } catch (ValidationException e) {
                error.setText(Texts.of(e));
            }
        });
        returnWork.setId("return-student");
        returnWork.setEnabled(work.submittedAt() != null);
        returnState.getElement().setAttribute("aria-live", "polite");
        add(breadcrumb, heading, meta, new Div(returnWork, returnState), error);

        List<ClassHighlight> theirs = classHighlights.studentHighlights(assignmentId, studentId);
        Section answers = new Section(new H2(getTranslation("teaching.work.answers")));
        answers.addClassName("student-answers");
        for (StudentWork.Item item : work.items()) {
            Section block = new Section();
            block.addClassName("student-answer");
            block.setId("answer-" + item.number());
            block.add(new H3(item.number() + ". " + item.question().prompt()));
            block.add(new AnswerDisplay(item.question(), item.answer(), item.answered()));
            String score = item.points() == null ? getTranslation(work.submittedAt() == null ? "teaching.work.notSubmitted" : "teaching.notGraded")
                    : getTranslation("teaching.work.score", LocalFormat.number(item.points()), String.valueOf(item.question().points()))
                            + (item.grade() != null && item.grade().rubricLevel() != null
                                    ? " · " + item.grade().rubricLevel() : "")
                            + (item.grade() == null && item.autoPoints() != null ? getTranslation("teaching.work.automatic") : "");
            Paragraph scoreLine = new Paragraph(score);
            scoreLine.addClassName("answer-score");
            block.add(scoreLine);
            if (item.grade() != null && item.grade().comment() != null) {
                block.add(new Paragraph(getTranslation("teaching.work.comment", item.grade().comment())));
            }
            if (work.submittedAt() != null) {
                block.add(new Anchor(GradingView.path(assignmentId, item.questionId()) + "?student=" + studentId,
                        getTranslation(item.grade() != null ? "teaching.work.changeGrade" : item.question().type().isAutoScored()
                                ? "teaching.grading.overrideAuto" : "teaching.work.grade")));
            }
            answers.add(block);
        }
        Div layout = new Div(articles(work.articles(), theirs), answers);
        layout.addClassName("workspace");
        add(layout);
    }

    private com.vaadin.flow.component.Component articles(List<ArticleContent> articles, List<ClassHighlight> theirs) {
        List<ArticleReader> readers = new ArrayList<>();
        for (ArticleContent article : articles) {
            List<ArticleReader.Mark> marks = new ArrayList<>();
            // The reading's highlights belong to the first article; comparisons keep theirs in the answers.
            if (readers.isEmpty()) {
                for (ClassHighlight h : theirs) {
                    if (h.position() != null) {
                        marks.addAll(marks(article, h.position(), h.tag(),
                                h.tag() + (h.note() == null ? "" : ": " + h.note()), h.id()));
                    }
                }
            }
            readers.add(new ArticleReader(article, UI.getCurrent().getLocale(), marks).withTitleAsSubheading());
        }
        Section highlightsNote = new Section(new Paragraph(theirs.isEmpty() ? Texts.get("teaching.work.noHighlights")
                : Texts.get("teaching.work.highlights", theirs.size())));
        if (readers.size() == 1) {
            Div single = new Div(highlightsNote, readers.getFirst());
            single.addClassName("workspace-article");
            // It scrolls on its own on wide screens, so keyboard users must be able to focus it.
            single.getElement().setAttribute("tabindex", "0");
            single.getElement().setAttribute("role", "region");
            single.getElement().setAttribute("aria-label", getTranslation("a11y.studentWork.reading"));
            return single;
        }
        TabSheet tabs = new TabSheet();
        tabs.addClassName("workspace-article");
        for (int i = 0; i < readers.size(); i++) {
            tabs.add(Texts.get(i == 0 ? "assignment.workspace.firstArticle" : "assignment.workspace.secondArticle"), i == 0 ? new Div(highlightsNote, readers.get(i))
                    : readers.get(i));
        }
        return tabs;
    }

    private static List<ArticleReader.Mark> marks(ArticleContent article, Position position, String tag, String label,
            long id) {
        return ArticleReader.Mark.across(article, position.startAnchor(), position.startOffset(),
                position.endAnchor(), position.endOffset(), tag, label, true, id);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
