package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.assignment.QuestionSetService;
import org.sourcelens.assignment.QuestionSetSummary;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/** The instructor's question sets: open one to edit, create one, or import one exported from SourceLens. */
@Route("question-sets")
@PageTitle("page.questionSets")
@Menu(title = "menu.questionSets", order = 3)
@RolesAllowed(Roles.INSTRUCTOR)
public class QuestionSetsView extends Main {

    private final transient QuestionSetService questionSets;
    final TextField title = new TextField(getTranslation("assignment.sets.title"));
    final Upload importFile;
    final FormError error = new FormError();
    private final UnorderedList list = new UnorderedList();

    public QuestionSetsView(QuestionSetService questionSets) {
        this.questionSets = questionSets;
        addClassName("page");
        list.setId("question-set-list");
        list.addClassName("card-list");
        title.setId("new-set-title");
        Button create = new Button(getTranslation("assignment.sets.create"), click -> create());
        create.setId("create-set");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(title, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        importFile = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> importSet(new String(bytes, StandardCharsets.UTF_8))))));
        importFile.setId("import-set");
        importFile.setMaxFiles(1);
        importFile.setAcceptedFileTypes(".json", "application/json");
        importFile.setMaxFileSize(QuestionSetService.MAX_FILE_CHARS);
        error.setId("question-set-error");
        add(new H1(getTranslation("assignment.sets.heading")), list, new Section(new H2(getTranslation("assignment.sets.newHeading")), form),
                new Section(new H2(getTranslation("assignment.sets.importHeading")),
                        new Paragraph(getTranslation("assignment.sets.importHelper")), importFile),
                error);
        refresh();
    }

    private void create() {
        try {
            long id = questionSets.createSet(title.getValue(), null);
            getUI().ifPresent(ui -> ui.navigate("question-sets/" + id));
        } catch (ValidationException e) {
            error.setText(Texts.of(e));
        }
    }

    private void importSet(String json) {
        try {
            long id = questionSets.importJson(json);
            getUI().ifPresent(ui -> ui.navigate("question-sets/" + id));
        } catch (ValidationException e) {
            error.setText(Texts.of(e));
        }
    }

    private void refresh() {
        list.removeAll();
        for (QuestionSetSummary set : questionSets.mySets()) {
            Anchor open = new Anchor("question-sets/" + set.id(), set.title());
            open.addClassName("card-title");
            Span count = new Span(getTranslation("assignment.sets.count", set.questionCount()));
            count.addClassName("card-meta");
            list.add(new ListItem(open, count));
        }
        if (list.getChildren().findAny().isEmpty()) {
            Button starters = new Button(getTranslation("onboarding.step.questions.starters"));
            starters.addClickListener(click -> {
                try {
                    questionSets.copyStarterSets();
                    refresh();
                } finally {
                    starters.setEnabled(true); // after a failure too (the error is shown by ActionErrors)
                }
            });
            starters.setId("copy-starter-sets");
            starters.setDisableOnClick(true);
            list.add(new ListItem(new Paragraph(getTranslation("empty.question.sets")), starters));
        }
    }
}
