package org.sourcelens.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.base.ui.Texts;

/**
 * The lateral-reading log of one answer: the outside sources the student checked, what each said and
 * whether it supported the claim, the way fact-checkers leave a page to judge it.
 */
class LateralReadingLog extends Details {

    final TextField address = new TextField(getTranslation("assignment.lateral.address"));
    final TextArea whatItSaid = new TextArea(getTranslation("assignment.lateral.whatItSaid"));
    final Select<AnswerValue.Support> support = new Select<>();
    final Button add = new Button(getTranslation("assignment.lateral.add"));
    private final UnorderedList list = new UnorderedList();
    private final List<AnswerValue.LateralSource> sources = new ArrayList<>();
    private final Runnable changed;
    private final boolean editable;

    LateralReadingLog(List<AnswerValue.LateralSource> initial, boolean editable, Runnable changed) {
        this.changed = changed;
        this.editable = editable;
        addClassName("lateral-log");
        address.setPlaceholder(getTranslation("assignment.lateral.addressPlaceholder"));
        address.setWidthFull();
        whatItSaid.setWidthFull();
        support.setLabel(getTranslation("assignment.lateral.support"));
        support.setItems(AnswerValue.Support.values());
        support.setItemLabelGenerator(LateralReadingLog::label);
        support.setValue(AnswerValue.Support.UNCLEAR);
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addSource());
        Div form = new Div(address, whatItSaid, support, add);
        form.addClassName("lateral-form");
        form.setVisible(editable);
        add(new Paragraph(getTranslation("assignment.lateral.intro")), list, form);
        set(initial);
    }

    void set(List<AnswerValue.LateralSource> initial) {
        sources.clear();
        sources.addAll(initial);
        render();
    }

    List<AnswerValue.LateralSource> sources() {
        return List.copyOf(sources);
    }

    private void addSource() {
        if (address.getValue().isBlank() && whatItSaid.getValue().isBlank()) {
            address.setInvalid(true);
            address.setErrorMessage(getTranslation("assignment.lateral.addressMissing"));
            return;
        }
        address.setInvalid(false);
        sources.add(new AnswerValue.LateralSource(address.getValue().strip(), whatItSaid.getValue().strip(),
                support.getValue()));
        address.clear();
        whatItSaid.clear();
        support.setValue(AnswerValue.Support.UNCLEAR);
        render();
        changed.run();
    }

    private void render() {
        setSummaryText(getTranslation("assignment.lateral.summary", sources.size()));
        list.removeAll();
        for (AnswerValue.LateralSource source : sources) {
            ListItem item = new ListItem();
            if (source.address().matches("(?i)https?://\\S+")) {
                Anchor link = new Anchor(source.address(), source.address(), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                item.add(link);
            } else {
                item.add(new Span(source.address()));
            }
            item.add(new Span(" — " + label(source.support()) + ". "), new Span(source.whatItSaid()));
            if (editable) {
                Button remove = new Button(getTranslation("assignment.remove"), click -> {
                    sources.remove(source);
                    render();
                    changed.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("assignment.lateral.removeAria", source.address()));
                item.add(remove);
            }
            list.add(item);
        }
    }

    private static String label(AnswerValue.Support support) {
        return switch (support) {
            case SUPPORTS -> Texts.get("assignment.lateral.supports");
            case CONTRADICTS -> Texts.get("assignment.lateral.contradicts");
            case UNCLEAR -> Texts.get("assignment.lateral.unclear");
        };
    }
}
