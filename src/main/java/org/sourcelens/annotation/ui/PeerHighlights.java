package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sourcelens.annotation.PeerHighlight;
import org.sourcelens.annotation.Reply;

/**
 * Classmates' highlights (the whole class's, for an instructor) with who made them and their
 * threads; pinned ones first. The instructor pins and endorses from here.
 */
class PeerHighlights extends Section {

    /** The instructor's actions on a student's highlight. */
    interface Moderation {
        void pin(PeerHighlight highlight, boolean pinned);

        void endorse(PeerHighlight highlight, boolean endorsed);
    }

    private final boolean student;
    private final AnnotationCard.Discussion discussion;
    private final SerializableBiConsumer<PeerHighlight, Component> showInText;
    private final Moderation moderation;
    private final H2 title = new H2();
    private final Paragraph none = new Paragraph();
    final AnnotationList list = new AnnotationList();

    PeerHighlights(boolean student, AnnotationCard.Discussion discussion,
            SerializableBiConsumer<PeerHighlight, Component> showInText, Moderation moderation) {
        this.student = student;
        this.discussion = discussion;
        this.showInText = showInText;
        this.moderation = moderation;
        setId("peer-highlights");
        addClassName("highlight-panel");
        none.setText(getTranslation(student ? "annotation.peers.hiddenForStudent"
                : "annotation.classHighlights.none"));
        add(title, none, list);
    }

    void show(List<PeerHighlight> others, Map<Long, List<Reply>> threads) {
        title.setText(getTranslation(student ? "annotation.peers.classmates" : "annotation.peers.theClass", others.size()));
        none.setVisible(others.isEmpty());
        List<PeerHighlight> ordered = others.stream()
                .sorted(Comparator.comparing((PeerHighlight h) -> !h.pinned()).thenComparing(PeerHighlight::orphan))
                .toList();
        list.sync(ordered.stream().map(PeerHighlight::id).toList(), id -> new AnnotationCard(id, discussion), "");
        list.setVisible(!others.isEmpty());
        for (PeerHighlight other : ordered) {
            AnnotationCard card = list.card(other.id());
            card.getElement().setAttribute("data-tag", other.tag());
            card.showBody(body(other).toArray(Component[]::new));
            card.showThread(threads.getOrDefault(other.id(), List.of()));
        }
    }

    private List<Component> body(PeerHighlight other) {
        List<Component> parts = new ArrayList<>();
        Span tag = new Span(other.tag() + " · " + other.author());
        tag.addClassName("tag-label");
        parts.add(tag);
        parts.addAll(Badges.of(other.pinned(), other.endorsed(), student));
        parts.add(new Paragraph("“" + other.quote() + "”"));
        if (other.note() != null) {
            Paragraph note = new Paragraph(other.note());
            note.addClassName("card-meta");
            parts.add(note);
        }
        if (other.orphan()) {
            Paragraph orphan = new Paragraph(getTranslation("annotation.orphan"));
            orphan.addClassName("notice");
            parts.add(orphan);
        } else {
            Button jump = new Button(getTranslation("a11y.reader.showInText"));
            jump.addClickListener(click -> showInText.accept(other, jump));
            jump.addClassName("show-in-text");
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            parts.add(jump);
        }
        if (moderation != null) {
            Button pin = new Button(getTranslation(other.pinned() ? "annotation.peers.unpin" : "annotation.peers.pin"),
                    click -> moderation.pin(other, !other.pinned()));
            pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            pin.addClassName("pin");
            pin.getElement().setAttribute("aria-pressed", String.valueOf(other.pinned()));
            Button endorse = new Button(getTranslation(other.endorsed() ? "annotation.peers.withdraw" : "annotation.peers.endorse"),
                    click -> moderation.endorse(other, !other.endorsed()));
            endorse.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            endorse.addClassName("endorse");
            endorse.getElement().setAttribute("aria-pressed", String.valueOf(other.endorsed()));
            parts.add(pin);
            parts.add(endorse);
        }
        return parts;
    }
}
