package org.sourcelens.assignment;

import java.util.List;
import org.sourcelens.article.ArticleSummary;

/** What the question-set editor shows: the set and the articles key passages can be taken from. */
public record QuestionSetEditor(QuestionSetDetails set, List<ArticleSummary> articles) {
}
