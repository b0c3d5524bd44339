package org.sourcelens.privacy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.privacy.PrivacyService;
import org.sourcelens.privacy.StudentOverview;
import org.sourcelens.security.Roles;

/**
 * Students' data for administrators: find a student by username, download everything SourceLens
 * holds about them as JSON, or delete them completely after typing their username.
 */
@Route("admin/students")
@PageTitle("Students' data · SourceLens")
@Menu(title = "Students' data", order = 10)
@RolesAllowed(Roles.ADMIN)
public class StudentDataView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final transient PrivacyService privacy;
    final TextField username = new TextField("Username");
    final Div result = new Div();
    final Div status = new Div();
    final FormError error = new FormError();
    ConfirmDialog deleteDialog;

    public StudentDataView(PrivacyService privacy) {
        this.privacy = privacy;
        addClassName("page");
        username.setId("student-username");
        username.setPlaceholder("for example amira");
        username.addKeyDownListener(Key.ENTER, event -> find());
        Button find = new Button("Find", click -> find());
        find.setId("find-student");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout search = new HorizontalLayout(username, find);
        search.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("student-result");
        status.setId("student-status");
        status.getElement().setAttribute("role", "status");

        add(new H1("Students' data"), new Paragraph("Find a student to download everything SourceLens holds about "
                + "them (account, classes, answers, grades, highlights, replies, helpful marks and the audit "
                + "log's entries about them) or to delete it all. Both are recorded in the audit log."),
                search, error, status, result);
    }

    void find() {
        error.setText("");
        status.setText("");
        result.removeAll();
        String typed = username.getValue().strip();
        if (typed.isEmpty()) {
            error.setText("Type a username.");
            return;
        }
        privacy.findStudent(typed).ifPresentOrElse(this::show,
                () -> error.setText("No account has the username \"" + typed + "\"."));
    }

    private void show(StudentOverview found) {
        Section card = new Section(new H2(found.displayName() + " (" + found.username() + ")"));
        card.addClassName("student-card");
        if (!found.isStudent()) {
            card.add(new Paragraph("This is " + (Roles.ADMIN.equals(found.role()) ? "an administrator's"
                    : "an instructor's") + " account. Only students' data is exported or deleted here."));
            result.add(card);
            return;
        }
        card.add(new Paragraph("Student since " + DATE.format(found.createdAt().atZone(ZoneId.systemDefault()))
                + ". Classes: " + (found.classes().isEmpty() ? "none" : String.join(", ", found.classes())) + "."));
        long id = found.id();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] bytes = privacy.exportStudent(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sourcelens-student-" + found.username()
                    + ".json", "application/json; charset=UTF-8", bytes.length);
        }), "Download all data (JSON)");
        download.setId("export-student");
        Button delete = new Button("Delete this student…", click -> confirmDelete(found));
        delete.setId("delete-student");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        card.add(new HorizontalLayout(download, delete));
        result.add(card);
    }

    /** Deleting needs the username typed again: the button stays disabled until it matches. */
    private void confirmDelete(StudentOverview student) {
        deleteDialog = new ConfirmDialog();
        deleteDialog.setId("delete-dialog");
        deleteDialog.setHeader("Delete " + student.displayName() + " for good?");
        TextField typed = new TextField("Type the username " + student.username() + " to confirm");
        typed.setId("delete-confirmation");
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        typed.setWidthFull();
        Paragraph what = new Paragraph("This deletes the account with every enrolment, answer, grade, highlight, "
                + "reply and helpful mark, and the replies classmates wrote to this student's highlights. "
                + "It cannot be undone. Download the data first if the school needs to keep it.");
        deleteDialog.setText(new Div(what, typed));
        Button confirm = new Button("Delete", click -> delete(student, typed.getValue()));
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        typed.addValueChangeListener(event -> confirm.setEnabled(
                event.getValue().strip().equalsIgnoreCase(student.username())));
        deleteDialog.setConfirmButton(confirm);
        deleteDialog.setCancelable(true);
        deleteDialog.setCancelText("Keep");
        deleteDialog.open();
    }

    private void delete(StudentOverview student, String confirmation) {
        try {
            privacy.deleteStudent(student.id(), confirmation);
            deleteDialog.close();
            result.removeAll();
            username.clear();
            status.setText("Deleted " + student.displayName() + " (" + student.username() + ") and all their data.");
        } catch (ValidationException e) {
            error.setText(e.getMessage());
            deleteDialog.close();
        }
    }
}
