package org.sourcelens.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

/**
 * The instructor's grade of one question in one submission: a rubric level (for written work), the
 * points (for auto-scored questions, an override of the automatic score) and a comment.
 */
@Entity
@Table(name = "grade")
class Grade extends AbstractEntity {

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "assignment_question_id", nullable = false)
    private long questionId;

    @Column(name = "rubric_level", length = 100)
    private String rubricLevel;

    @Column(name = "points", nullable = false)
    private double points;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(name = "graded_by", nullable = false)
    private long gradedBy;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    protected Grade() {
    }

    Grade(long submissionId, long questionId) {
        this.submissionId = submissionId;
        this.questionId = questionId;
    }

    void set(String level, double newPoints, String newComment, long by, Instant at) {
        rubricLevel = level;
        points = newPoints;
        comment = newComment;
        gradedBy = by;
        gradedAt = at;
    }

    long getSubmissionId() {
        return submissionId;
    }

    long getQuestionId() {
        return questionId;
    }

    String getRubricLevel() {
        return rubricLevel;
    }

    double getPoints() {
        return points;
    }

    String getComment() {
        return comment;
    }

    Instant getGradedAt() {
        return gradedAt;
    }
}
