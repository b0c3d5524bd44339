package org.sourcelens.article.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.article.ArticleDraft;
import org.sourcelens.article.ArticleVisibility;
import org.sourcelens.article.sourcemap.SourceMap;

/**
 * The import preview: the detected metadata to correct, every paragraph and note with a box to drop
 * it, what the clean-up already removed, the choice of who sees the article, and the source map of
 * the text as imported. Nothing is stored
 * until the instructor presses Publish, which fires a {@link PublishEvent}.
 */
class DraftPreview extends Section {

    final ArticleMetadataForm metadata = new ArticleMetadataForm();
    final RadioButtonGroup<ArticleVisibility> visibility = new RadioButtonGroup<>("Who can use it");
    final List<Checkbox> keepParagraphs = new ArrayList<>();
    final List<Checkbox> keepNotes = new ArrayList<>();
    final Button publish = new Button("Publish to the library");
    final FormError error = new FormError();
    private final ArticleDraft draft;

    DraftPreview(ArticleDraft draft, SourceMap sourceMap) {
        this.draft = draft;
        setId("draft-preview");
        addClassName("draft-preview");
        metadata.setMetadata(draft.metadata());
        visibility.setId("visibility");
        visibility.setItems(ArticleVisibility.values());
        visibility.setItemLabelGenerator(v -> v == ArticleVisibility.SHARED
                ? "All instructors of the school" : "Only me");
        visibility.setValue(ArticleVisibility.SHARED);

        UnorderedList paragraphs = new UnorderedList();
        paragraphs.setId("draft-paragraphs");
        paragraphs.addClassName("draft-blocks");
        for (ArticleDraft.Block block : draft.paragraphs()) {
            String anchor = "p" + (keepParagraphs.size() + 1);
            Checkbox keep = new Checkbox("Keep", true);
            keep.setAriaLabel("Keep this " + kindLabel(block).toLowerCase() + ": " + abbreviate(block.text()));
            keepParagraphs.add(keep);
            Span kind = new Span(kindLabel(block));
            kind.addClassName("block-kind");
            ListItem item = new ListItem(keep, kind, new Paragraph(block.text()));
            item.setId(anchor);
            paragraphs.add(item);
        }
        UnorderedList notes = new UnorderedList();
        notes.setId("draft-notes");
        notes.addClassName("draft-blocks");
        for (String note : draft.notes()) {
            Checkbox keep = new Checkbox("Keep", true);
            keep.setAriaLabel("Keep this note: " + abbreviate(note));
            keepNotes.add(keep);
            ListItem item = new ListItem(keep, new Paragraph(note));
            item.setId("note-" + keepNotes.size());
            notes.add(item);
        }
        if (draft.notes().isEmpty()) {
            notes.add(new ListItem("No notes or references were found."));
        }
        UnorderedList log = new UnorderedList();
        log.setId("cleanup-log");
        draft.cleanupLog().forEach(line -> log.add(new ListItem(line)));
        Details cleanup = new Details("What the clean-up changed (" + draft.cleanupLog().size() + ")", log);

        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> fireEvent(new PublishEvent(this)));
        publish.setDisableOnClick(true);
        error.setId("publish-error");

        add(new H2("Check before publishing"),
                new Paragraph("Correct anything the import got wrong and untick what is not part of the article "
                        + "(captions, navigation, share buttons, adverts). Nothing is published until you press "
                        + "Publish."),
                metadata, visibility, cleanup,
                new H2("Paragraphs (" + draft.paragraphs().size() + ")"), paragraphs,
                new H2("Notes and references (" + draft.notes().size() + ")"), notes, error, publish,
                new SourceMapPanel(sourceMap));
    }

    /** The draft as corrected: the edited metadata and only the blocks still ticked. */
    ArticleDraft corrected() {
        List<ArticleDraft.Block> kept = new ArrayList<>();
        for (int i = 0; i < draft.paragraphs().size(); i++) {
            if (keepParagraphs.get(i).getValue()) {
                kept.add(draft.paragraphs().get(i));
            }
        }
        List<String> keptNotes = new ArrayList<>();
        for (int i = 0; i < draft.notes().size(); i++) {
            if (keepNotes.get(i).getValue()) {
                keptNotes.add(draft.notes().get(i));
            }
        }
        return new ArticleDraft(metadata.getMetadata(), kept, keptNotes, draft.cleanupLog());
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addPublishListener(ComponentEventListener<PublishEvent> listener) {
        return addListener(PublishEvent.class, listener);
    }

    private static String kindLabel(ArticleDraft.Block block) {
        return switch (block.kind()) {
            case HEADING -> "Heading";
            case QUOTE -> "Quotation";
            case LIST_ITEM -> "List item";
            case PARAGRAPH -> "Paragraph";
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    static class PublishEvent extends ComponentEvent<DraftPreview> {

        PublishEvent(DraftPreview source) {
            super(source, false);
        }
    }
}
