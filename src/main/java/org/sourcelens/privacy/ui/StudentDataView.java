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
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.privacy.PrivacyService;
import org.sourcelens.privacy.StudentOverview;
import org.sourcelens.security.Roles;

/**
 * Students' data for administrators: find a student by username, download everything SourceLens
 * holds about them as JSON, or delete them completely after typing their username.
 */
@Route("admin/students")
@PageTitle("page.studentData")
@Menu(title = "menu.studentData", order = 10)
@RolesAllowed(Roles.ADMIN)
public class StudentDataView extends Main {


    private final transient PrivacyService privacy;
    final TextField username = new TextField(getTranslation("privacy.studentData.username"));
    final Div result = new Div();
    final Div status = new Div();
    final FormError error = new FormError();
    ConfirmDialog deleteDialog;

    public StudentDataView(PrivacyService privacy) {
        this.privacy = privacy;
        addClassName("page");
        username.setId("student-username");
        username.setPlaceholder(getTranslation("privacy.studentData.usernamePlaceholder"));
        username.addKeyDownListener(Key.ENTER, event -> find());
        Button find = new Button(getTranslation("privacy.studentData.find"), click -> find());
        find.setId("find-student");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout search = new HorizontalLayout(username, find);
        search.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("student-result");
        status.setId("student-status");
        status.getElement().setAttribute("role", "status");

        add(new H1(getTranslation("privacy.studentData.heading")), new Paragraph(getTranslation("privacy.studentData.intro")),
                search, error, status, result);
    }

    void find() {
        error.setText("");
        status.setText("");
        result.removeAll();
        String typed = username.getValue().strip();
        if (typed.isEmpty()) {
            error.setText(getTranslation("privacy.studentData.typeUsername"));
            return;
        }
        privacy.findStudent(typed).ifPresentOrElse(this::show,
                () -> error.setText(getTranslation("privacy.studentData.noAccount", typed)));
    }

    private void show(StudentOverview found) {
        Section card = new Section(new H2(getTranslation("privacy.studentData.who", found.displayName(), found.username())));
        card.addClassName("student-card");
        if (!found.isStudent()) {
            card.add(new Paragraph(getTranslation(Roles.ADMIN.equals(found.role()) ? "privacy.studentData.notStudentAdmin"
                    : "privacy.studentData.notStudentInstructor")));
            result.add(card);
            return;
        }
        card.add(new Paragraph(getTranslation("privacy.studentData.since", LocalFormat.date(found.createdAt()),
                found.classes().isEmpty() ? getTranslation("privacy.studentData.noClasses") : String.join(", ", found.classes()))));
        long id = found.id();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] bytes = privacy.exportStudent(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sourcelens-student-" + found.username()
                    + ".json", "application/json; charset=UTF-8", bytes.length);
        }), getTranslation("privacy.studentData.download"));
        download.setId("export-student");
        Button delete = new Button(getTranslation("privacy.studentData.delete"), click -> confirmDelete(found));
        delete.setId("delete-student");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        card.add(new HorizontalLayout(download, delete));
        result.add(card);
    }

    /** Deleting needs the username typed again: the button stays disabled until it matches. */
    private void confirmDelete(StudentOverview student) {
        deleteDialog = new ConfirmDialog();
        deleteDialog.setId("delete-dialog");
        deleteDialog.setHeader(getTranslation("privacy.studentData.deleteHeader", student.displayName()));
        TextField typed = new TextField(getTranslation("privacy.studentData.confirmLabel", student.username()));
        typed.setId("delete-confirmation");
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        typed.setWidthFull();
        Paragraph what = new Paragraph(getTranslation("privacy.studentData.deleteWhat"));
        deleteDialog.setText(new Div(what, typed));
        Button confirm = new Button(getTranslation("privacy.studentData.deleteConfirm"), click -> delete(student, typed.getValue()));
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        typed.addValueChangeListener(event -> confirm.setEnabled(
                event.getValue().strip().equalsIgnoreCase(student.username())));
        deleteDialog.setConfirmButton(confirm);
        deleteDialog.setCancelable(true);
        deleteDialog.setCancelText(getTranslation("privacy.studentData.keep"));
        deleteDialog.open();
    }

    private void delete(StudentOverview student, String confirmation) {
        try {
            privacy.deleteStudent(student.id(), confirmation);
            deleteDialog.close();
            result.removeAll();
            username.clear();
            status.setText(getTranslation("privacy.studentData.deleted", student.displayName(), student.username()));
        } catch (ValidationException e) {
            error.setText(Texts.of(e));
            deleteDialog.close();
        }
    }
}
