package org.sourcelens.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcelens.article.ArticleContent;
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
                throw new ValidationException("A highlighted passage is not in the article as it is now. "
                        + "Reload the page and highlight it again.");
            }
            checked.add(new Passage(article.versionNo(), passage.startAnchor(), passage.startOffset(),
                    passage.endAnchor(), passage.endOffset(), quote(paragraphs, first, last, passage)));
        }
        return new AnswerValue(value.choices(), value.text(), value.rating(), checked, value.lateralReading());
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
