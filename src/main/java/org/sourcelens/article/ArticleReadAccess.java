package org.sourcelens.article;

/**
 * Lets another feature grant a student the right to read an article (the assignment feature does,
 * for articles assigned to the student's classes). Instructors read the whole library.
 */
public interface ArticleReadAccess {

    boolean currentStudentMayRead(long articleId);
}
