package org.sourcelens.assignment;

import java.util.List;
import org.sourcelens.article.ArticleSummary;
import org.sourcelens.classroom.ClassRoster;

/** What an instructor sees of a class they teach: roster and join code, readings, and articles to assign. */
public record InstructorClassPage(ClassRoster roster, List<Reading> readings, List<ArticleSummary> library,
        List<QuestionSetSummary> questionSets) {
}
