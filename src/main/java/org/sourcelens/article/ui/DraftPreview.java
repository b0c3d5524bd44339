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
import org.sourcelens.base.ui.Texts;

/**
 * The import preview: the detected metadata to correct, every paragraph and note with a box to drop
 * it, what the clean-up already removed, the choice of who sees the article, and the source map of
 * the text as imported. Nothing is stored
 * until the instructor presses Publish, which fires a {@link PublishEvent}.
 */
class DraftPreview extends Section {

    final ArticleMetadataForm metadata = new ArticleMetadataForm();
    final RadioButtonGroup<ArticleVisibility> visibility = new RadioButtonGroup<>(getTranslation("article.draft.visibility"));
    final List<Checkbox> keepParagraphs = new ArrayList<>();
    final List<Checkbox> keepNotes = new ArrayList<>();
    final Button publish = new Button(getTranslation("article.draft.publish"));
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
                ? getTranslation("article.draft.shared") : getTranslation("article.view.onlyMe"));
        visibility.setValue(ArticleVisibility.SHARED);

        UnorderedList paragraphs = new UnorderedList();
        paragraphs.setId("draft-paragraphs");
        paragraphs.addClassName("draft-blocks");
        for (ArticleDraft.Block block : draft.paragraphs()) {
            String anchor = "p" + (keepParagraphs.size() + 1);
            Checkbox keep = new Checkbox(getTranslation("article.draft.keep"), true);
            keep.setAriaLabel(getTranslation("article.draft.keepBlock", kindLabel(block).toLowerCase(getLocale()), abbreviate(block.text())));
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
            Checkbox keep = new Checkbox(getTranslation("article.draft.keep"), true);
            keep.setAriaLabel(getTranslation("article.draft.keepNote", abbreviate(note)));
            keepNotes.add(keep);
            ListItem item = new ListItem(keep, new Paragraph(note));
            item.setId("note-" + keepNotes.size());
            notes.add(item);
        }
        if (draft.notes().isEmpty()) {
            notes.add(new ListItem(getTranslation("article.draft.noNotes")));
        }
        UnorderedList log = new UnorderedList();
        log.setId("cleanup-log");
        draft.cleanupLog().forEach(line -> log.add(new ListItem(line)));
        Details cleanup = new Details(getTranslation("article.draft.cleanup", draft.cleanupLog().size()), log);

        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> fireEvent(new PublishEvent(this)));
        publish.setDisableOnClick(true);
        error.setId("publish-error");

        add(new H2(getTranslation("article.draft.heading")),
                new Paragraph(getTranslation("article.draft.intro")),
                metadata, visibility, cleanup,
                new H2(getTranslation("article.draft.paragraphs", draft.paragraphs().size())), paragraphs,
                new H2(getTranslation("article.draft.notes", draft.notes().size())), notes, error, publish,
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
            case HEADING -> Texts.get("article.draft.kind.heading");
            case QUOTE -> Texts.get("article.draft.kind.quote");
            case LIST_ITEM -> Texts.get("article.draft.kind.listItem");
            case PARAGRAPH -> Texts.get("article.draft.kind.paragraph");
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
