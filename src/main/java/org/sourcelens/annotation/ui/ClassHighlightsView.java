package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.sourcelens.annotation.ClassHighlightsService;
import org.sourcelens.annotation.HeatMap;
import org.sourcelens.annotation.HeatSegment;
import org.sourcelens.annotation.HotPassage;
import org.sourcelens.article.ui.ArticleReader;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/**
 * Where the students of a class highlighted an assigned article: the text shaded by how many of them
 * marked each stretch, the passages the most students marked, who marked a chosen passage and why,
 * and all highlights as a spreadsheet file. A tag filter narrows everything to one tag.
 */
@Route("teach/assignments/:assignmentId(\\d+)/highlights")
@RolesAllowed(Roles.INSTRUCTOR)
public class ClassHighlightsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int TOP = 5;
    private final transient ClassHighlightsService classHighlights;
    private long assignmentId;
    private String title = getTranslation("page.title", getTranslation("annotation.classHighlights.heading"));
    private HeatMap all;
    private HeatMap shown;
    private int shownStudents;
    final Select<String> tag = new Select<>();
    final Paragraph summary = new Paragraph();
    final Div text = new Div();
    final OrderedList top = new OrderedList();
    private final Section topSection = new Section(new H2(getTranslation("annotation.classHighlights.top")), top);
    final PassageDetails details = new PassageDetails();
    /** The heat map without colour or position: every highlighted passage, how many marked it, with which tags. */
    final NativeTable heatTable = new NativeTable();

    public ClassHighlightsView(ClassHighlightsService classHighlights) {
        this.classHighlights = classHighlights;
        addClassNames("page", "page-wide");
        tag.setId("tag-filter");
        tag.setLabel(getTranslation("annotation.tag"));
        tag.setEmptySelectionAllowed(true);
        tag.setEmptySelectionCaption(getTranslation("annotation.classHighlights.allTags"));
        tag.addValueChangeListener(change -> show(all.withTag(change.getValue())));
        summary.setId("highlights-summary");
        summary.getElement().setAttribute("role", "status");
        text.setId("heat-text");
        top.setId("top-passages");
        heatTable.setId("heat-table");
        heatTable.addClassName("heat-table");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElseThrow();
        all = classHighlights.heatMap(assignmentId);
        var page = all.page();
        title = getTranslation("page.title", getTranslation("annotation.classHighlights.title", page.article().title()));
        Anchor back = new Anchor("teach/" + page.classId(), "← " + page.className());
        back.setId("back-to-class");
        Nav breadcrumb = new Nav(back);
        breadcrumb.setAriaLabel(getTranslation("article.view.breadcrumb"));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] csv = classHighlights.highlightsCsv(assignmentId);
            return new DownloadResponse(new ByteArrayInputStream(csv), "highlights-" + assignmentId + ".csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("annotation.classHighlights.download"));
        download.setId("download-highlights");
        tag.setItems(all.tags());
        Div tools = new Div(tag, download);
        tools.addClassName("heat-tools");
        Details tableDetails = new Details(getTranslation("a11y.heatMap.table"), heatTable);
        tableDetails.setId("heat-table-details");
        Div layout = new Div(new Div(text, tableDetails), new Aside(topSection, details));
        layout.addClassName("reader-with-panel");
        removeAll();
        add(breadcrumb, new H1(getTranslation("annotation.classHighlights.heading")), summary, tools, legend(), layout);
        show(all);
    }

    private void show(HeatMap map) {
        shown = map;
        shownStudents = map.students();
        List<ArticleReader.Mark> marks = new ArrayList<>();
        for (int i = 0; i < map.segments().size(); i++) {
            HeatSegment segment = map.segments().get(i);
            marks.add(new ArticleReader.Mark(segment.anchor(), segment.start(), segment.end(),
                    String.join(", ", segment.tags()), HeatMark.describe(segment.students(), segment.tags()), false, i));
        }
        text.removeAll();
        text.add(new ArticleReader(map.page().article(), getLocale(), marks, this::heatMark).withTitleAsSubheading());
        summary.setText(summary(map));
        fillTable(map);
        top.removeAll();
        for (HotPassage passage : map.top(TOP)) {
            Button choose = new Button("“" + passage.text().strip() + "” — " + HeatMark.describe(passage.students(),
                    passage.tags()), click -> details.show(passage.text(), passage.students(),
                            shown.highlights(passage.highlightIds())));
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            choose.addClassName("top-passage");
            top.add(new ListItem(choose));
        }
        topSection.setVisible(top.getChildren().findAny().isPresent());
        details.clear();
    }

    private void fillTable(HeatMap map) {
        heatTable.getHead().removeAllRows();
        heatTable.getBody().removeAllRows();
        NativeTableRow header = heatTable.getHead().addRow();
        for (String column : List.of("a11y.heatMap.passage", "a11y.heatMap.students", "a11y.heatMap.tags")) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(getTranslation(column));
            cell.getElement().setAttribute("scope", "col");
        }
        for (HeatSegment segment : map.segments()) {
            NativeTableRow row = heatTable.getBody().addRow();
            row.addDataCell().setText(segment.text().strip());
            row.addDataCell().setText(String.valueOf(segment.students()));
            row.addDataCell().setText(String.join(", ", segment.tags()));
        }
    }

    private Component heatMark(Component piece, int start, int end, List<ArticleReader.Mark> covering) {
        HeatSegment segment = shown.segments().get((int) covering.getFirst().id());
        return new HeatMark(piece, HeatMap.level(segment, shownStudents), segment.students(), segment.tags(), end == segment.end(),
                () -> details.show(segment.text(), segment.students(), shown.highlights(segment.highlightIds())));
    }

    private static String summary(HeatMap map) {
        if (map.highlights().isEmpty()) {
            return UI.getCurrent().getTranslation("empty.heatmap");
        }
        int count = map.shown().size();
        String lost = map.orphans() == 0 ? "" : Texts.get("annotation.classHighlights.lost", map.orphans());
        if (count == 0) {
            return Texts.get("annotation.classHighlights.noneTagged", map.tag()) + lost;
        }
        return Texts.get(map.tag() == null ? "annotation.classHighlights.summary" : "annotation.classHighlights.summaryTagged",
                count, map.tag(), map.students()) + lost;
    }

    /** What the shades mean; the numbers beside the shaded text say it without colour. */
    private static Component legend() {
        Div legend = new Div(new Span(Texts.get("annotation.classHighlights.legend")));
        legend.setId("heat-legend");
        legend.addClassName("heat-legend");
        for (int level = 1; level <= HeatMap.LEVELS; level++) {
            Span swatch = new Span(Texts.get("annotation.classHighlights.upTo", level * 100 / HeatMap.LEVELS));
            swatch.addClassNames("heat", "heat-swatch");
            swatch.getElement().setAttribute("data-heat", String.valueOf(level));
            legend.add(swatch);
        }
        legend.add(new Span(Texts.get("annotation.classHighlights.legendNumber")));
        return legend;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
