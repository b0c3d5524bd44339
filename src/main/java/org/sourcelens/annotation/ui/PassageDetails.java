package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.sourcelens.annotation.ClassHighlight;

/** Who highlighted the passage the instructor chose, with their tags and notes. */
class PassageDetails extends Section {

    private static final String HINT = "annotation.passage.hint";

    final H2 title = new H2(getTranslation("annotation.passage.title"));
    final Paragraph passage = new Paragraph(getTranslation(HINT));
    final UnorderedList students = new UnorderedList();

    PassageDetails() {
        setId("passage-details");
        addClassName("highlight-panel");
        getElement().setAttribute("aria-live", "polite");
        students.setId("passage-students");
        add(title, passage, students);
    }

    void show(String text, int count, List<ClassHighlight> highlights) {
        title.setText(getTranslation("annotation.passage.count", count));
        passage.setText("“" + text.strip() + "”");
        students.removeAll();
        for (ClassHighlight highlight : highlights) {
            Span who = new Span(highlight.author() + " · " + highlight.tag());
            who.addClassName("tag-label");
            ListItem entry = new ListItem(who);
            entry.addClassName("highlight-entry");
            entry.getElement().setAttribute("data-highlight", String.valueOf(highlight.id()));
            if (highlight.note() != null) {
                entry.add(new Paragraph(highlight.note()));
            }
            Paragraph quote = new Paragraph(getTranslation("annotation.passage.whole", highlight.quote()));
            quote.addClassName("card-meta");
            entry.add(quote);
            students.add(entry);
        }
    }

    void clear() {
        title.setText(getTranslation("annotation.passage.title"));
        passage.setText(getTranslation(HINT));
        students.removeAll();
    }
}
