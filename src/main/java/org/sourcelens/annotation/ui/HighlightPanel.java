package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcelens.annotation.HighlightView;
import org.sourcelens.annotation.Reply;
import org.sourcelens.base.ui.FormError;

/**
 * The margin panel of the reader: the form that highlights the current selection with a tag and a
 * note, and the student's highlights in reading order (orphans last, with their quote and note).
 */
class HighlightPanel extends Aside {

    /** What the panel asks of the page. */
    interface Actions {
        void highlightSelection(String tag, String note);

        void delete(HighlightView highlight);

        /** Saves the change; false when it was refused (the message is shown). */
        boolean update(HighlightView highlight, String tag, String note);

        void jumpTo(HighlightView highlight, Component returnTo);

        void selectBySentence();
    }

    final Select<String> tag = new Select<>();
    final TextArea note = new TextArea(getTranslation("annotation.panel.note"));
    final Button highlight = new Button(getTranslation("annotation.panel.highlight"));
    final Button bySentence = new Button(getTranslation("annotation.panel.bySentence"));
    final Paragraph selection = new Paragraph(getTranslation("annotation.panel.nothingSelected"));
    final FormError error = new FormError();
    final Span announcer = new Span();
    final Select<String> filter = new Select<>();
    final AnnotationList list = new AnnotationList();
    private final List<String> tags;
    private List<HighlightView> shown = List.of();
    private Map<Long, List<Reply>> threads = Map.of();
    private final Actions actions;
    private final AnnotationCard.Discussion discussion;

    HighlightPanel(List<String> tags, Actions actions, AnnotationCard.Discussion discussion) {
        this.actions = actions;
        this.discussion = discussion;
        this.tags = tags;
        setId("highlight-panel");
        addClassName("highlight-panel");
        getElement().setAttribute("aria-labelledby", "highlight-panel-title");
        H2 title = new H2(getTranslation("annotation.panel.heading"));
        title.setId("highlight-panel-title");
        tag.setLabel(getTranslation("annotation.tag"));
        tag.setId("highlight-tag");
        tag.setItems(tags);
        tag.setValue(tags.getFirst());
        note.setWidthFull();
        note.setMaxLength(2000);
        highlight.setId("highlight-selection");
        highlight.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        highlight.addClickListener(click -> actions.highlightSelection(tag.getValue(), note.getValue()));
        bySentence.setId("select-by-sentence");
        bySentence.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bySentence.addClickListener(click -> actions.selectBySentence());
        bySentence.getElement().setAttribute("title", getTranslation("annotation.panel.bySentenceHint"));
        selection.setId("current-selection");
        selection.addClassName("card-meta");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        list.setId("highlight-list");
        filter.setId("highlight-filter");
        filter.setLabel(getTranslation("annotation.panel.filter"));
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("annotation.panel.allTags"));
        filter.setItems(tags);
        filter.addValueChangeListener(event -> render());
        add(title, new Paragraph(getTranslation("annotation.panel.intro")),
                bySentence, selection, tag, note, highlight, error, announcer, filter, list);
    }

    /** Shows the student's highlights with their threads; a card being edited keeps its editor. */
    void show(List<HighlightView> highlights, Map<Long, List<Reply>> replies) {
        shown = highlights;
        threads = replies;
        render();
    }

    private void render() {
        List<HighlightView> highlights = shown.stream()
                .filter(h -> filter.getValue() == null || filter.getValue().equals(h.tag()))
                .toList();
        list.sync(highlights.stream().map(HighlightView::id).toList(), id -> new AnnotationCard(id, discussion),
                getTranslation(shown.isEmpty() ? "empty.reader.highlights" : "empty.reader.tag"));
        for (HighlightView h : highlights) {
            AnnotationCard card = list.card(h.id());
            card.getElement().setAttribute("data-tag", h.tag());
            card.showBody(body(card, h).toArray(Component[]::new));
            card.showThread(threads.getOrDefault(h.id(), List.of()));
        }
    }

    private List<Component> body(AnnotationCard card, HighlightView h) {
        List<Component> parts = new ArrayList<>();
        Span tagLabel = new Span(h.tag());
        tagLabel.addClassName("tag-label");
        parts.add(tagLabel);
        parts.addAll(Badges.of(h.pinned(), h.endorsed(), true));
        parts.add(new Paragraph("“" + h.quote() + "”"));
        if (h.note() != null) {
            Paragraph noteText = new Paragraph(h.note());
            noteText.addClassName("card-meta");
            parts.add(noteText);
        }
        if (h.orphan()) {
            Paragraph orphan = new Paragraph(getTranslation("annotation.orphan"));
            orphan.addClassName("notice");
            parts.add(orphan);
        } else {
            Button jump = new Button(getTranslation("annotation.panel.showInText"));
            jump.addClickListener(click -> actions.jumpTo(h, jump));
            jump.addClassName("show-in-text");
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            parts.add(jump);
        }
        Button edit = new Button(getTranslation("annotation.panel.edit"), click -> edit(card, h));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("annotation.panel.editAria", h.quote()));
        parts.add(edit);
        Button delete = new Button(getTranslation("annotation.panel.delete"), click -> actions.delete(h));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        delete.setAriaLabel(getTranslation("annotation.panel.deleteAria", h.quote()));
        parts.add(delete);
        return parts;
    }

    /** Changes a highlight's tag and note in place. */
    private void edit(AnnotationCard card, HighlightView h) {
        Select<String> newTag = new Select<>();
        newTag.setLabel(getTranslation("annotation.tag"));
        newTag.setItems(tags.contains(h.tag()) ? tags
                : java.util.stream.Stream.concat(tags.stream(), java.util.stream.Stream.of(h.tag())).toList());
        newTag.setValue(h.tag());
        TextArea newNote = new TextArea(getTranslation("annotation.panel.editNote"));
        newNote.setValue(h.note() == null ? "" : h.note());
        newNote.setWidthFull();
        Button save = new Button(getTranslation("annotation.panel.save"), click -> {
            card.endEdit();
            if (!actions.update(h, newTag.getValue(), newNote.getValue())) {
                card.resumeEdit();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClassName("save-highlight");
        Button cancel = new Button(getTranslation("common.cancel"), click -> {
            card.endEdit();
            render();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        card.edit(new Paragraph("“" + h.quote() + "”"), newTag, newNote, save, cancel);
        newNote.focus();
    }

    /** Shows what the highlight button would mark now. */
    void showSelection(java.util.Optional<org.sourcelens.base.ui.SelectableText.Selected> selected) {
        selection.setText(selected.map(s -> getTranslation("annotation.panel.selected", shorten(s.text()))).orElse(getTranslation("annotation.panel.nothingSelected")));
        error.setText("");
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
    }

    void announce(String message) {
        announcer.setText(message);
    }
}
