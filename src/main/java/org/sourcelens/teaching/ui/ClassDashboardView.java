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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcelens.assignment.ClassDashboard;
import org.sourcelens.assignment.ClassResultsService;
import org.sourcelens.assignment.GradingService;
import org.sourcelens.assignment.QuestionType;
import org.sourcelens.base.ui.BarChart;
import org.sourcelens.base.ui.ChartWithTable;
import org.sourcelens.security.Roles;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where the class stands in an assignment, on one screen: counts by status, a row per student, and
 * the spread of answers per question (a chart with a table beside it). Updates live while students work.
 */
@Route("teach/assignments/:assignmentId(\\d+)")
@RolesAllowed(Roles.INSTRUCTOR)
public class ClassDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");

    private final transient ClassResultsService results;
    private final transient GradingService grading;
    private final transient LiveDashboards live;
    private long assignmentId;
    private String title = "Class dashboard · SourceLens";
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
        title = dashboard.title() + " · class dashboard · SourceLens";
        Anchor back = new Anchor("teach/" + dashboard.classId(), "← " + dashboard.className());
        Nav breadcrumb = new Nav(back);
        breadcrumb.setAriaLabel("Breadcrumb");
        H1 heading = new H1(dashboard.title());
        heading.setId("dashboard-title");
        Paragraph meta = new Paragraph((dashboard.dueAt() == null ? "No due date"
                : "Due " + WHEN.format(dashboard.dueAt().atZone(ZoneId.systemDefault()))) + " · "
                + dashboard.maxPoints() + " points");
        meta.addClassName("card-meta");
        updated.setId("dashboard-updated");
        updated.addClassName("card-meta");
        updated.getElement().setAttribute("aria-live", "polite");
        add(breadcrumb, heading, meta, countsRow(), actions(dashboard), updated);

        roster.setId("roster");
        roster.removeAllColumns();
        roster.addComponentColumn(row -> new Anchor("teach/assignments/" + assignmentId + "/students/"
                + row.studentId(), row.displayName())).setHeader("Student").setFlexGrow(2).setSortable(true)
                .setComparator(ClassDashboard.StudentRow::displayName);
        roster.addColumn(row -> row.status().label() + (row.late() ? " · late" : "")
                + (row.changedSinceReturn() ? " · grades changed since, return again" : "")).setHeader("Status")
                .setSortable(true);
        roster.addColumn(row -> row.answered() + " of " + dashboard.questions().size()).setHeader("Answered")
                .setSortable(true).setComparator(ClassDashboard.StudentRow::answered);
        roster.addColumn(row -> row.points() == null ? "—" : format(row.points()) + " of " + dashboard.maxPoints())
                .setHeader("Points").setSortable(true)
                .setComparator(row -> row.points() == null ? -1 : row.points());
        roster.addColumn(row -> row.ungraded() == 0 ? "" : row.ungraded() + " to grade").setHeader("Grading");
        // Widths in rem and wrapped cells, so names and statuses stay whole when the text is enlarged.
        roster.getColumns().forEach(column -> column.setWidth("9rem"));
        roster.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        roster.setAriaLabel("Students and their work");
        add(new Section(new H2("Students"), roster));

        Section questions = new Section(new H2("Answers by question"));
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
            Span label = new Span(switch (key) {
                case "not-started" -> "not started";
                case "in-progress" -> "in progress";
                default -> key;
            });
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
                            "Grade question by question");
                    grade.setId("start-grading");
                    actions.add(grade);
                });
        Button returnAll = new Button("Return feedback to the class", click -> confirmReturn());
        returnAll.setId("return-all");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = results.resultsCsv(assignmentId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "results-" + assignmentId + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), "Download results (CSV)");
        csv.setId("results-csv");
        Anchor heat = new Anchor("teach/assignments/" + assignmentId + "/highlights", "Highlight heat map");
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
        ChartWithTable chart = new ChartWithTable(stats.type() == QuestionType.RATING_SCALE ? "Rating"
                : stats.type().isAutoScored() && stats.type() != QuestionType.HIGHLIGHT_EVIDENCE ? "Option"
                : stats.type() == QuestionType.HIGHLIGHT_EVIDENCE ? "Outcome" : "Rubric level");
        charts.put(stats.questionId(), chart);
        Paragraph summary = new Paragraph();
        summary.addClassName("question-summary");
        summaries.put(stats.questionId(), summary);
        block.add(heading, answered, chart, summary);
        if (!stats.type().isAutoScored() || stats.type() == QuestionType.HIGHLIGHT_EVIDENCE) {
            block.add(new Anchor(GradingView.path(assignmentId, stats.questionId()), "Grade these answers"));
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
            chart.setBars("Question " + stats.number() + ": " + typeName(stats.type()),
                    stats.bars().stream().map(b -> new BarChart.Bar(b.label(), b.count(), b.emphasis(), b.correct()))
                            .toList(),
                    stats.type() != QuestionType.RATING_SCALE, "students");
            answeredCounts.get(stats.questionId()).setText(typeName(stats.type()) + " · " + stats.points()
                    + " points · answered by " + stats.answered() + " of " + dashboard.students().size());
            summaries.get(stats.questionId()).setText(stats.summary());
        }
    }

    private void refresh() {
        show(results.dashboard(assignmentId));
        updated.setText("Updated live at " + DateTimeFormatter.ofPattern("HH:mm:ss")
                .format(java.time.LocalTime.now()));
    }

    private void confirmReturn() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("return-dialog");
        dialog.setHeader("Return feedback to the class?");
        int submitted = shown.counts().submitted() + shown.counts().returned();
        int waiting = shown.students().stream().mapToInt(ClassDashboard.StudentRow::ungraded).sum();
        dialog.setText("Students who submitted (" + submitted + ") will see their scores, rubric levels and comments."
                + (waiting == 0 ? "" : " " + waiting + (waiting == 1 ? " answer is" : " answers are")
                        + " not graded yet and will show as waiting for a grade."));
        dialog.setCancelable(true);
        dialog.setConfirmText("Return");
        dialog.addConfirmListener(event -> {
            int returned = grading.returnWork(assignmentId, null);
            refresh();
            updated.setText("Returned to " + returned + (returned == 1 ? " student." : " students."));
        });
        dialog.open();
    }

    static String typeName(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "Single choice";
            case MULTIPLE_CHOICE -> "Multiple choice";
            case SHORT_ANSWER -> "Written answer";
            case RATING_SCALE -> "Rating";
            case HIGHLIGHT_EVIDENCE -> "Highlight the evidence";
            case COMPARISON -> "Comparison";
        };
    }

    static String format(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
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
                SecurityContextHolder.getContext(), this::refresh));
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
