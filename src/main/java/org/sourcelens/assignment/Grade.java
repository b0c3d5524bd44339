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

    @Column(name = "returned_level", length = 100)
    private String returnedLevel;

    @Column(name = "returned_points")
    private Double returnedPoints;

    @Column(name = "returned_comment", length = 2000)
    private String returnedComment;

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

    /** Takes the copy the student will see, when the work is returned. */
    void returnToStudent() {
        returnedLevel = rubricLevel;
        returnedPoints = points;
        returnedComment = comment;
    }

    /** Changed since it was last returned (or never returned). */
    boolean isChangedSinceReturn() {
        return returnedPoints == null || returnedPoints != points || !java.util.Objects.equals(returnedLevel, rubricLevel)
                || !java.util.Objects.equals(returnedComment, comment);
    }

    String getReturnedLevel() {
        return returnedLevel;
    }

    Double getReturnedPoints() {
        return returnedPoints;
    }

    String getReturnedComment() {
        return returnedComment;
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
