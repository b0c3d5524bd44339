package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.Roles;

/** The instructor edits the tags a class uses for highlights. */
@Route("teach/:classId(\\d+)/tags")
@PageTitle("page.classTags")
@RolesAllowed(Roles.INSTRUCTOR)
public class ClassTagsView extends Main implements BeforeEnterObserver {

    private final transient HighlightService highlights;
    final TextArea tags = new TextArea(getTranslation("annotation.tags.field"));
    final FormError error = new FormError();
    final Paragraph saved = new Paragraph();
    private long classId;

    public ClassTagsView(HighlightService highlights) {
        this.highlights = highlights;
        addClassName("page");
        tags.setId("class-tags");
        tags.setWidth("min(30rem, 100%)");
        tags.setMinRows(6);
        saved.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classId = event.getRouteParameters().getLong("classId").orElseThrow();
        tags.setValue(String.join("\n", highlights.tags(classId)));
        Button save = new Button(getTranslation("annotation.tags.save"), click -> save());
        save.setId("save-tags");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        removeAll();
        add(new Anchor("teach/" + classId, getTranslation("common.backToClass")), new H1(getTranslation("annotation.tags.heading")),
                new Paragraph(getTranslation("annotation.tags.intro")),
                tags, error, save, saved);
    }

    private void save() {
        try {
            highlights.setTags(classId, tags.getValue().lines().toList());
            tags.setValue(String.join("\n", highlights.tags(classId)));
            error.setText("");
            saved.setText(getTranslation("annotation.tags.saved"));
        } catch (ValidationException e) {
            error.setText(Texts.of(e));
        }
    }
}
