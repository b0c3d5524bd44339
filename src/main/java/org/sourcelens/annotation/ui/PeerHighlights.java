package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.sourcelens.annotation.PeerHighlight;

/** Classmates' highlights (the whole class's, for an instructor), with who made them. */
class PeerHighlights extends Section {

    PeerHighlights(List<PeerHighlight> others, boolean student) {
        setId("peer-highlights");
        addClassName("highlight-panel");
        add(new H2((student ? "Classmates' highlights (" : "The class's highlights (") + others.size() + ")"));
        if (others.isEmpty()) {
            add(new Paragraph(student ? "Shown here when your teacher's setting for this assignment allows it."
                    : "No student has highlighted this article yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (PeerHighlight other : others) {
            ListItem item = new ListItem();
            item.addClassName("highlight-entry");
            item.getElement().setAttribute("data-tag", other.tag());
            Span tag = new Span(other.tag() + " · " + other.author());
            tag.addClassName("tag-label");
            item.add(tag, new Paragraph("“" + other.quote() + "”"));
            if (other.note() != null) {
                Paragraph note = new Paragraph(other.note());
                note.addClassName("card-meta");
                item.add(note);
            }
            list.add(item);
        }
        add(list);
    }
}
