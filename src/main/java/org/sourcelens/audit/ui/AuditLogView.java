package org.sourcelens.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.audit.AuditAction;
import org.sourcelens.audit.AuditFilter;
import org.sourcelens.audit.AuditLog;
import org.sourcelens.audit.AuditRecord;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/** The audit log for administrators: newest first, loaded a page at a time, optionally about one student. */
@Route("admin/audit")
@PageTitle("page.auditLog")
@Menu(title = "menu.auditLog", order = 11)
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main {


    private final transient AuditLog audit;
    final TextField student = new TextField(getTranslation("audit.log.student"));
    final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);

    public AuditLogView(AuditLog audit) {
        this.audit = audit;
        addClassName("page");
        student.setId("audit-student");
        student.setPrefixComponent(VaadinIcon.SEARCH.create());
        student.setPlaceholder(getTranslation("audit.log.studentPlaceholder"));
        student.setClearButtonVisible(true);
        student.setHelperText(getTranslation("audit.log.studentHelper"));
        student.addValueChangeListener(event -> refresh());

        grid.setId("audit-grid");
        grid.addColumn(entry -> LocalFormat.timestamp(entry.occurredAt()))
                .setHeader(getTranslation("audit.log.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.log.who")).setFlexGrow(1);
        grid.addColumn(entry -> getTranslation(entry.action().messageKey())).setHeader(getTranslation("audit.log.what")).setFlexGrow(1);
        grid.addColumn(AuditLogView::studentOf).setHeader(getTranslation("audit.log.studentColumn")).setFlexGrow(1);
        grid.addColumn(AuditRecord::details).setHeader(getTranslation("audit.log.details")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("empty.audit.none"));
        grid.setHeight("36rem");
        refresh();

        add(new H1(getTranslation("audit.log.heading")), new Paragraph(getTranslation("audit.log.intro")), student, grid);
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(student.getValue());
        grid.setEmptyStateText(getTranslation(student.isEmpty() ? "empty.audit.none" : "empty.audit.filtered"));
        grid.setItems(query -> audit.entries(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) audit.count(filter));
    }

    static String studentOf(AuditRecord entry) {
        if (entry.student() != null) {
            return entry.student();
        }
        return entry.action() == AuditAction.VIEWED_STUDENT_WORK || entry.action() == AuditAction.EXPORTED_STUDENT
                ? Texts.get("audit.log.accountDeleted") : "—";
    }
}
