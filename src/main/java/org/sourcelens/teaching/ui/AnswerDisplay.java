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
import org.sourcelens.base.ui.Texts;

/** A student's answer as the instructor reads it: choices with their correctness, text, rating, passages, sources. */
class AnswerDisplay extends Div {

    AnswerDisplay(QuestionSpec question, AnswerValue answer, boolean answered) {
        addClassName("answer-display");
        if (!answered) {
            Paragraph none = new Paragraph(getTranslation("teaching.answer.none"));
            none.addClassName("no-answer");
            add(none);
        }
        if (!answer.choices().isEmpty()) {
            UnorderedList choices = new UnorderedList();
            for (int index : answer.choices()) {
                if (index >= 0 && index < question.options().size()) {
                    QuestionSpec.Option option = question.options().get(index);
                    choices.add(new ListItem(getTranslation(option.correct() ? "teaching.answer.correctOption"
                            : "teaching.answer.wrongOption", String.valueOf((char) ('A' + index)), option.text())));
                }
            }
            add(choices);
        }
        if (answer.rating() != null) {
            QuestionSpec.Scale scale = question.scale();
            add(new Paragraph(scale == null ? getTranslation("teaching.answer.rating", String.valueOf(answer.rating()))
                    : getTranslation("teaching.answer.ratingOnScale", String.valueOf(answer.rating()),
                            String.valueOf(scale.min()), String.valueOf(scale.max()))));
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
            add(new Span(getTranslation("teaching.answer.evidence")), passages);
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
            add(new Span(getTranslation("teaching.answer.lateral", answer.lateralReading().size())), sources);
        }
    }

    private static String support(AnswerValue.Support support) {
        if (support == null) {
            return Texts.get("teaching.answer.notSaid");
        }
        return switch (support) {
            case SUPPORTS -> Texts.get("assignment.lateral.supports");
            case CONTRADICTS -> Texts.get("assignment.lateral.contradicts");
            case UNCLEAR -> Texts.get("teaching.answer.unclear");
        };
    }
}
