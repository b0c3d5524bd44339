package org.sourcelens.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.base.Message;
import org.sourcelens.base.ValidationException;

/**
 * Highlighted passages come from the browser; before they are stored, their positions are checked
 * against the article and their quote is taken from the stored text, never from what was sent.
 */
final class PassageCheck {

    private PassageCheck() {
    }

    static AnswerValue anchoredIn(ArticleContent article, AnswerValue value) {
        List<ArticleContent.Paragraph> paragraphs = article.paragraphs();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            index.put(paragraphs.get(i).anchor(), i);
        }
        List<Passage> checked = new ArrayList<>();
        for (Passage passage : value.passages()) {
            Integer first = index.get(passage.startAnchor());
            Integer last = index.get(passage.endAnchor());
            if (first == null || last == null || last < first
                    || passage.startOffset() < 0 || passage.endOffset() < 0
                    || passage.startOffset() > paragraphs.get(first).text().length()
                    || passage.endOffset() > paragraphs.get(last).text().length()
                    || (first.equals(last) && passage.endOffset() <= passage.startOffset())) {
                throw new ValidationException(Message.of("assignment.refused.aHighlightedPassageIsNot"));
            }
            checked.add(new Passage(article.versionNo(), passage.startAnchor(), passage.startOffset(),
                    passage.endAnchor(), passage.endOffset(), quote(paragraphs, first, last, passage)));
        }
        return new AnswerValue(value.choices(), value.text(), value.rating(), checked, value.lateralReading());
    }

    /**
     * The question's key passages checked against the article text being assigned and stamped with its
     * version; a key that is not in that text is refused, so scoring never meets a passage it cannot place.
     */
    static QuestionSpec keysPinnedTo(ArticleContent article, QuestionSpec question, int number) {
        AnswerValue keys = new AnswerValue(List.of(), "", null, question.keyPassages(), List.of());
        AnswerValue checked;
        try {
            checked = anchoredIn(article, keys);
        } catch (ValidationException e) {
            throw mismatch(article, number);
        }
        for (int i = 0; i < checked.passages().size(); i++) {
            if (!checked.passages().get(i).quote().equals(question.keyPassages().get(i).quote())) {
                throw mismatch(article, number);
            }
        }
        return new QuestionSpec(question.type(), question.dimension(), question.points(), question.prompt(),
                question.options(), question.rubric(), question.scale(), checked.passages(), question.article());
    }

    private static ValidationException mismatch(ArticleContent article, int number) {
        return new ValidationException(Message.of("assignment.refused.questionMarksKeyPassagesThat",
                number, article.title()));
    }

    private static String quote(List<ArticleContent.Paragraph> paragraphs, int first, int last, Passage passage) {
        if (first == last) {
            return paragraphs.get(first).text().substring(passage.startOffset(), passage.endOffset());
        }
        StringBuilder quote = new StringBuilder(paragraphs.get(first).text().substring(passage.startOffset()));
        for (int i = first + 1; i < last; i++) {
            quote.append('\n').append(paragraphs.get(i).text());
        }
        return quote.append('\n').append(paragraphs.get(last).text(), 0, passage.endOffset()).toString();
    }
}
