package org.sourcelens.teaching.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcelens.assignment.ClassDashboard;
import org.sourcelens.assignment.ClassResultsService;
import org.sourcelens.assignment.GradingService;
import org.sourcelens.assignment.QuestionType;
import org.sourcelens.base.ui.BarChart;
import org.sourcelens.base.ui.ChartWithTable;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.base.ui.PushAs;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where the class stands in an assignment, on one screen: counts by status, a row per student, and
 * the spread of answers per question (a chart with a table beside it). Updates live while students work.
 */
@Route("teach/assignments/:assignmentId(\\d+)")
@RolesAllowed(Roles.INSTRUCTOR)
public class ClassDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    private final transient ClassResultsService results;
    private final transient GradingService grading;
    private final transient LiveDashboards live;
    private long assignmentId;
    private String title = getTranslation("page.title", getTranslation("teaching.dashboard.defaultTitle"));
    private Registration liveRegistration;
    final Map<String, Span> counts = new HashMap<>();
    final Grid<ClassDashboard.StudentRow> roster = new Grid<>();
    final Map<Long, ChartWithTable> charts = new HashMap<>();
    private final Map<Long, Paragraph> summaries = new HashMap<>();
    private final Map<Long, Span> answeredCounts = new HashMap<>();
    final Span updated = new Span();
    ClassDashboard shown;

    public ClassDashboardView(ClassResultsService results, GradingService grading, LiveDashboards live) {
        this.results = results;
        this.grading = grading;
        this.live = live;
        addClassName("dashboard-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElseThrow();
        build(results.dashboard(assignmentId));
        if (liveRegistration != null) {
            getUI().ifPresent(ui -> watch());
        }
    }

    private void build(ClassDashboard dashboard) {
        removeAll();
        counts.clear();
        charts.clear();
        summaries.clear();
        answeredCounts.clear();
        title = getTranslation("teaching.dashboard.title", dashboard.title());
        Anchor back = new Anchor("teach/" + dashboard.classId(), "← " + dashboard.className());
        Nav breadcrumb = new Nav(back);
        breadcrumb.setAriaLabel(getTranslation("article.view.breadcrumb"));
        H1 heading = new H1(dashboard.title());
        heading.setId("dashboard-title");
        Paragraph meta = new Paragraph((dashboard.dueAt() == null ? getTranslation("assignment.mine.noDue")
                : getTranslation("assignment.mine.due", LocalFormat.dayTime(dashboard.dueAt()))) + " · "
                + getTranslation("teaching.points", dashboard.maxPoints()));
        meta.addClassName("card-meta");
        updated.setId("dashboard-updated");
        updated.addClassName("card-meta");
        updated.getElement().setAttribute("aria-live", "polite");
        add(breadcrumb, heading, meta, countsRow(), actions(dashboard), updated);

        roster.setId("roster");
        roster.removeAllColumns();
        roster.addComponentColumn(row -> new Anchor("teach/assignments/" + assignmentId + "/students/"
                + row.studentId(), row.displayName())).setHeader(getTranslation("teaching.dashboard.student")).setFlexGrow(2).setSortable(true)
                .setComparator(ClassDashboard.StudentRow::displayName);
        roster.addColumn(row -> getTranslation(row.status().messageKey()) + (row.late() ? getTranslation("teaching.late") : "")
                + (row.changedSinceReturn() ? getTranslation("teaching.dashboard.changedSinceReturn") : "")).setHeader(getTranslation("teaching.dashboard.status"))
                .setSortable(true);
        roster.addColumn(row -> getTranslation("teaching.dashboard.of", row.answered(), dashboard.questions().size())).setHeader(getTranslation("teaching.dashboard.answered"))
                .setSortable(true).setComparator(ClassDashboard.StudentRow::answered);
        roster.addColumn(row -> row.points() == null ? "—" : getTranslation("teaching.dashboard.of", LocalFormat.number(row.points()), dashboard.maxPoints()))
                .setHeader(getTranslation("teaching.dashboard.points")).setSortable(true)
                .setComparator(row -> row.points() == null ? -1 : row.points());
        roster.addColumn(row -> row.ungraded() == 0 ? "" : getTranslation("teaching.dashboard.toGrade", row.ungraded())).setHeader(getTranslation("teaching.dashboard.grading"));
        // Widths in rem and wrapped cells, so names and statuses stay whole when the text is enlarged.
        roster.getColumns().forEach(column -> column.setWidth("9rem"));
        roster.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        roster.setAriaLabel(getTranslation("teaching.dashboard.rosterAria"));
        roster.setEmptyStateText(getTranslation("empty.dashboard.students"));
        add(new Section(new H2(getTranslation("teaching.dashboard.students")), roster));

        Section questions = new Section(new H2(getTranslation("teaching.dashboard.byQuestion")));
        questions.setId("question-stats");
        for (ClassDashboard.QuestionStats stats : dashboard.questions()) {
            questions.add(questionBlock(stats));
        }
        add(questions);
        show(dashboard);
    }

    private Div countsRow() {
        Div row = new Div();
        row.addClassName("dashboard-counts");
        row.setId("dashboard-counts");
        for (String key : List.of("not-started", "in-progress", "submitted", "returned", "late")) {
            Span number = new Span();
            number.addClassName("count-number");
            number.setId("count-" + key);
            counts.put(key, number);
            Span label = new Span(getTranslation(switch (key) {
                case "not-started" -> "teaching.dashboard.count.notStarted";
                case "in-progress" -> "teaching.dashboard.count.inProgress";
                case "submitted" -> "teaching.dashboard.count.submitted";
                case "returned" -> "teaching.dashboard.count.returned";
                default -> "teaching.dashboard.count.late";
            }));
            Div box = new Div(number, label);
            box.addClassName("count-box");
            row.add(box);
        }
        return row;
    }

    private Div actions(ClassDashboard dashboard) {
        Div actions = new Div();
        actions.addClassName("dashboard-actions");
        dashboard.questions().stream().filter(q -> !q.type().isAutoScored()).findFirst()
                .or(() -> dashboard.questions().stream().findFirst())
                .ifPresent(first -> {
                    Anchor grade = new Anchor(GradingView.path(assignmentId, first.questionId()),
                            getTranslation("teaching.dashboard.startGrading"));
                    grade.setId("start-grading");
                    actions.add(grade);
                });
        Button returnAll = new Button(getTranslation("teaching.dashboard.returnAll"), click -> confirmReturn());
        returnAll.setId("return-all");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = results.resultsCsv(assignmentId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "results-" + assignmentId + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("teaching.dashboard.download"));
        csv.setId("results-csv");
        Anchor heat = new Anchor("teach/assignments/" + assignmentId + "/highlights", getTranslation("teaching.dashboard.heatMap"));
        heat.setId("heat-map-link");
        actions.add(returnAll, csv, heat);
        return actions;
    }

    private Section questionBlock(ClassDashboard.QuestionStats stats) {
        Section block = new Section();
        block.addClassName("question-stats");
        block.setId("question-stats-" + stats.number());
        H3 heading = new H3(stats.number() + ". " + stats.prompt());
        Span answered = new Span();
        answered.addClassName("card-meta");
        answeredCounts.put(stats.questionId(), answered);
        ChartWithTable chart = new ChartWithTable(getTranslation(stats.type() == QuestionType.RATING_SCALE ? "teaching.dashboard.axis.rating"
                : stats.type().isAutoScored() && stats.type() != QuestionType.HIGHLIGHT_EVIDENCE ? "base.chart.option"
                : stats.type() == QuestionType.HIGHLIGHT_EVIDENCE ? "teaching.dashboard.axis.outcome" : "teaching.dashboard.axis.level"));
        charts.put(stats.questionId(), chart);
        Paragraph summary = new Paragraph();
        summary.addClassName("question-summary");
        summaries.put(stats.questionId(), summary);
        block.add(heading, answered, chart, summary);
        if (!stats.type().isAutoScored() || stats.type() == QuestionType.HIGHLIGHT_EVIDENCE) {
            block.add(new Anchor(GradingView.path(assignmentId, stats.questionId()), getTranslation("teaching.dashboard.gradeThese")));
        }
        return block;
    }

    /** Puts the dashboard's numbers into the page; a live refresh runs only this. */
    private void show(ClassDashboard dashboard) {
        shown = dashboard;
        ClassDashboard.Counts c = dashboard.counts();
        counts.get("not-started").setText(String.valueOf(c.notStarted()));
        counts.get("in-progress").setText(String.valueOf(c.inProgress()));
        counts.get("submitted").setText(String.valueOf(c.submitted()));
        counts.get("returned").setText(String.valueOf(c.returned()));
        counts.get("late").setText(String.valueOf(c.late()));
        roster.setItems(dashboard.students());
        // A class fits on the page; a very large one scrolls inside the grid, which renders only what is seen.
        boolean small = dashboard.students().size() <= 40;
        roster.setAllRowsVisible(small);
        roster.setHeight(small ? null : "min(36rem, 75vh)");
        for (ClassDashboard.QuestionStats stats : dashboard.questions()) {
            ChartWithTable chart = charts.get(stats.questionId());
            if (chart == null) {
                continue;
            }
            chart.setBars(getTranslation("teaching.dashboard.chartCaption", stats.number(), typeName(stats.type())),
                    stats.bars().stream().map(b -> new BarChart.Bar(Texts.get(b.label()), b.count(), b.emphasis(), b.correct()))
                            .toList(),
                    stats.type() != QuestionType.RATING_SCALE, getTranslation("teaching.dashboard.valueLabel"));
            answeredCounts.get(stats.questionId()).setText(getTranslation("teaching.dashboard.answeredBy", typeName(stats.type()),
                    stats.points(), stats.answered(), dashboard.students().size()));
            summaries.get(stats.questionId()).setText(Texts.get(stats.summary()));
        }
    }

    private void refresh() {
        show(results.dashboard(assignmentId));
        updated.setText(getTranslation("teaching.dashboard.updated", LocalFormat.time(java.time.Instant.now())));
    }

    private void confirmReturn() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("return-dialog");
        dialog.setHeader(getTranslation("teaching.dashboard.returnHeader"));
        int submitted = shown.counts().submitted() + shown.counts().returned();
        int waiting = shown.students().stream().mapToInt(ClassDashboard.StudentRow::ungraded).sum();
        dialog.setText(getTranslation("teaching.dashboard.returnText", submitted)
                + (waiting == 0 ? "" : getTranslation("teaching.dashboard.returnWaiting", waiting)));
        dialog.setCancelable(true);
        dialog.setConfirmText(getTranslation("teaching.dashboard.returnConfirm"));
        dialog.addConfirmListener(event -> {
            int returned = grading.returnWork(assignmentId, null);
            refresh();
            updated.setText(getTranslation("teaching.dashboard.returned", returned));
        });
        dialog.open();
    }

    /**
     * A context of its own for the live refreshes: the thread's context object may later be given
     * another user (a sign-in in the same thread), which must not change as whom this page asks.
     */

    static String typeName(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> Texts.get("teaching.type.singleChoice");
            case MULTIPLE_CHOICE -> Texts.get("teaching.type.multipleChoice");
            case SHORT_ANSWER -> Texts.get("teaching.type.shortAnswer");
            case RATING_SCALE -> Texts.get("teaching.type.ratingScale");
            case HIGHLIGHT_EVIDENCE -> Texts.get("teaching.type.highlightEvidence");
            case COMPARISON -> Texts.get("teaching.type.comparison");
        };
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        watch();
    }

    private void watch() {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
        liveRegistration = live.watch(assignmentId, new LiveDashboards.Viewer(getUI().orElseThrow(),
                PushAs.currentUser(), this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
