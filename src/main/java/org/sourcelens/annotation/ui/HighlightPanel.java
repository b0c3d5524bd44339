package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.sourcelens.annotation.HighlightView;
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

        void update(HighlightView highlight, String tag, String note);

        void jumpTo(HighlightView highlight);

        void selectBySentence();
    }

    final Select<String> tag = new Select<>();
    final TextArea note = new TextArea("Note (optional)");
    final Button highlight = new Button("Highlight the selection");
    final Button bySentence = new Button("Select by sentence");
    final Paragraph selection = new Paragraph("Nothing selected yet.");
    final FormError error = new FormError();
    final Span announcer = new Span();
    final Select<String> filter = new Select<>();
    private final UnorderedList list = new UnorderedList();
    private final List<String> tags;
    private List<HighlightView> shown = List.of();
    private Long editing;
    private final Actions actions;

    HighlightPanel(List<String> tags, Actions actions) {
        this.actions = actions;
        this.tags = tags;
        setId("highlight-panel");
        addClassName("highlight-panel");
        getElement().setAttribute("aria-labelledby", "highlight-panel-title");
        H2 title = new H2("My highlights");
        title.setId("highlight-panel-title");
        tag.setLabel("Tag");
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
        bySentence.getElement().setAttribute("title", "Moves to the text: Down/Up go by sentence, Shift widens, "
                + "Enter comes back here, Escape stops");
        selection.setId("current-selection");
        selection.addClassName("card-meta");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        list.setId("highlight-list");
        filter.setId("highlight-filter");
        filter.setLabel("Show");
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption("all tags");
        filter.setItems(tags);
        filter.addValueChangeListener(event -> render());
        add(title, new Paragraph("Select a passage in the article with the mouse or a finger — or with the keyboard: "
                + "focus the text and press S to go sentence by sentence. Then choose a tag and highlight it."),
                bySentence, selection, tag, note, highlight, error, announcer, filter, list);
    }

    /** Shows the student's highlights; while one is being edited, the list waits so the edit is not lost. */
    void show(List<HighlightView> highlights) {
        shown = highlights;
        if (editing == null || highlights.stream().noneMatch(h -> h.id() == editing)) {
            editing = null;
            render();
        }
    }

    private void render() {
        list.removeAll();
        List<HighlightView> highlights = shown.stream()
                .filter(h -> filter.getValue() == null || filter.getValue().equals(h.tag()))
                .toList();
        for (HighlightView h : highlights) {
            ListItem item = new ListItem();
            item.addClassName("highlight-entry");
            item.getElement().setAttribute("data-tag", h.tag());
            Span tagLabel = new Span(h.tag());
            tagLabel.addClassName("tag-label");
            item.add(tagLabel, new Paragraph("“" + h.quote() + "”"));
            if (h.note() != null) {
                Paragraph noteText = new Paragraph(h.note());
                noteText.addClassName("card-meta");
                item.add(noteText);
            }
            if (h.orphan()) {
                Paragraph orphan = new Paragraph("This passage is no longer in the article as edited.");
                orphan.addClassName("notice");
                item.add(orphan);
            } else {
                Button jump = new Button("Show in the text", click -> actions.jumpTo(h));
                jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                item.add(jump);
            }
            Button edit = new Button("Edit", click -> edit(item, h));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Edit the highlight " + h.quote());
            item.add(edit);
            Button delete = new Button("Delete", click -> actions.delete(h));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel("Delete the highlight " + h.quote());
            item.add(delete);
            list.add(item);
        }
        if (highlights.isEmpty()) {
            list.add(new ListItem(shown.isEmpty() ? "No highlights yet." : "No highlight with this tag."));
        }
    }

    /** Changes a highlight's tag and note in place. */
    private void edit(ListItem item, HighlightView h) {
        Select<String> newTag = new Select<>();
        newTag.setLabel("Tag");
        newTag.setItems(tags.contains(h.tag()) ? tags
                : java.util.stream.Stream.concat(tags.stream(), java.util.stream.Stream.of(h.tag())).toList());
        newTag.setValue(h.tag());
        TextArea newNote = new TextArea("Note");
        newNote.setValue(h.note() == null ? "" : h.note());
        newNote.setWidthFull();
        editing = h.id();
        Button save = new Button("Save", click -> {
            editing = null;
            actions.update(h, newTag.getValue(), newNote.getValue());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClassName("save-highlight");
        Button cancel = new Button("Cancel", click -> {
            editing = null;
            render();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        item.removeAll();
        item.add(new Paragraph("“" + h.quote() + "”"), newTag, newNote, save, cancel);
        newNote.focus();
    }

    /** Shows what the highlight button would mark now. */
    void showSelection(java.util.Optional<org.sourcelens.base.ui.SelectableText.Selected> selected) {
        selection.setText(selected.map(s -> "Selected: “" + shorten(s.text()) + "”").orElse("Nothing selected yet."));
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
