package org.sourcelens.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader's selection tool, the web component {@code sl-selectable-text} in {@code frontend/}:
 * wraps an article whose blocks carry {@code data-anchor} and keeps, on the server, the last passage
 * the reader selected in it — with the mouse, a finger, or the keyboard (S starts sentence-by-sentence
 * mode). Positions are the browser's word only: the services check them against the stored text.
 */
@Tag("sl-selectable-text")
@JsModule("./sl-selectable-text.js")
public class SelectableText extends Component implements HasComponents {

    /** A selection from one paragraph offset to another, with the text the browser saw. */
    public record Selected(String startAnchor, int startOffset, String endAnchor, int endOffset, String text) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Selected selected;
    private final List<Consumer<Optional<Selected>>> listeners = new ArrayList<>();

    public SelectableText(Component... content) {
        add(content);
        addClassName("selectable-text");
        getElement().setAttribute("aria-label", getTranslation("base.selectableText.label"));
        getElement().setProperty("texts", announcements());
        DomListenerRegistration selection = getElement().addEventListener("sl-selection",
                event -> changed(parse(event.getEventData().get("event.detail"))));
        selection.addEventData("event.detail");
    }

    /** What the component says in sentence mode, as the JSON object of patterns it reads ({0}, {1}: numbers). */
    private String announcements() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("sentenceMode", getTranslation("base.selectableText.sentenceMode"));
        texts.put("sentenceModeOff", getTranslation("base.selectableText.sentenceModeOff"));
        texts.put("sentenceOf", getTranslation("base.selectableText.sentenceOf"));
        texts.put("sentencesSelected", getTranslation("base.selectableText.sentencesSelected"));
        texts.put("selected", getTranslation("base.selectableText.selected"));
        return JSON.writeValueAsString(texts);
    }

    /** The passage selected last, if any. */
    public Optional<Selected> selected() {
        return Optional.ofNullable(selected);
    }

    /** Called with the new selection (or none) whenever the reader changes it. */
    public Registration addSelectionListener(Consumer<Optional<Selected>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called when the reader presses Enter on a selection in sentence mode. */
    public Registration addConfirmListener(Runnable listener) {
        return getElement().addEventListener("sl-selection-confirm", event -> listener.run());
    }

    /** Called with the highlight's id when the reader clicks a marked passage (without selecting text). */
    public Registration addMarkListener(java.util.function.LongConsumer listener) {
        DomListenerRegistration registration = getElement().addEventListener("sl-mark",
                event -> listener.accept(event.getEventData().path("event.detail.id").asLong(-1)));
        registration.addEventData("event.detail.id");
        return registration;
    }

    /** Forgets the selection here and in the browser (after it has become a highlight, say). */
    public void clearSelection() {
        selected = null;
        getElement().callJsFunction("clearSelection");
        listeners.forEach(l -> l.accept(Optional.empty()));
    }

    /** Starts sentence-by-sentence selection with the keyboard, focusing the text. */
    public void startSentenceMode() {
        getElement().callJsFunction("startSentenceMode");
    }

    /** What a selection event from the browser says; package-visible for tests that play the browser. */
    void changed(Selected newSelection) {
        selected = newSelection;
        listeners.forEach(l -> l.accept(Optional.ofNullable(newSelection)));
    }

    private static Selected parse(JsonNode detail) {
        if (detail == null || !detail.isObject() || !detail.has("startAnchor")) {
            return null;
        }
        return new Selected(detail.path("startAnchor").asString(), detail.path("startOffset").asInt(-1),
                detail.path("endAnchor").asString(), detail.path("endOffset").asInt(-1),
                detail.path("text").asString(""));
    }
}
