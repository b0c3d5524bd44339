package org.sourcelens.teaching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.Passage;
import org.sourcelens.assignment.QuestionSpec;

/** A student's answer as the instructor reads it: choices with their correctness, text, rating, passages, sources. */
class AnswerDisplay extends Div {

    AnswerDisplay(QuestionSpec question, AnswerValue answer, boolean answered) {
        addClassName("answer-display");
        if (!answered) {
            Paragraph none = new Paragraph("No answer.");
            none.addClassName("no-answer");
            add(none);
        }
        if (!answer.choices().isEmpty()) {
            UnorderedList choices = new UnorderedList();
            for (int index : answer.choices()) {
                if (index >= 0 && index < question.options().size()) {
                    QuestionSpec.Option option = question.options().get(index);
                    choices.add(new ListItem((char) ('A' + index) + ". " + option.text()
                            + (option.correct() ? " (correct)" : " (not correct)")));
                }
            }
            add(choices);
        }
        if (answer.rating() != null) {
            QuestionSpec.Scale scale = question.scale();
            add(new Paragraph("Rating: " + answer.rating() + (scale == null ? ""
                    : " on " + scale.min() + "–" + scale.max())));
        }
        if (!answer.text().isBlank()) {
            Paragraph text = new Paragraph(answer.text());
            text.addClassName("answer-text");
            add(text);
        }
        if (!answer.passages().isEmpty()) {
            UnorderedList passages = new UnorderedList();
            for (Passage passage : answer.passages()) {
                passages.add(new ListItem("“" + passage.quote() + "”"));
            }
            passages.addClassName("answer-passages");
            add(new Span("Highlighted evidence:"), passages);
        }
        if (!answer.lateralReading().isEmpty()) {
            UnorderedList sources = new UnorderedList();
            sources.addClassName("lateral-log");
            for (AnswerValue.LateralSource source : answer.lateralReading()) {
                ListItem item = new ListItem();
                if (source.address() != null && source.address().matches("https?://\\S+")) {
                    Anchor link = new Anchor(source.address(), source.address(), AnchorTarget.BLANK);
                    link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                    item.add(link);
                } else {
                    item.add(new Span(source.address() == null ? "" : source.address()));
                }
                item.add(new Span(" — " + support(source.support())
                        + (source.whatItSaid() == null || source.whatItSaid().isBlank() ? "" : ": " + source.whatItSaid())));
                sources.add(item);
            }
            add(new Span("Lateral reading (" + answer.lateralReading().size() + "):"), sources);
        }
    }

    private static String support(AnswerValue.Support support) {
        if (support == null) {
            return "not said";
        }
        return switch (support) {
            case SUPPORTS -> "supports the claim";
            case CONTRADICTS -> "contradicts the claim";
            case UNCLEAR -> "unclear";
        };
    }
}
