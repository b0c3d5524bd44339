package org.sourcelens.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

/**
 * A student's answer to one question. {@code revision} counts saves, so that a save based on an
 * older revision (another tab) is detected instead of silently overwriting newer text.
 */
@Entity
@Table(name = "answer")
class Answer extends AbstractEntity {

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "assignment_question_id", nullable = false)
    private long questionId;

    @Column(name = "answer_value", nullable = false, length = 100000)
    private String body;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "auto_points")
    private Double autoPoints;

    @Column(name = "auto_explanation", length = 1000)
    private String autoExplanation;

    protected Answer() {
    }

    Answer(long submissionId, long questionId, AnswerValue value, Instant at) {
        this.submissionId = submissionId;
        this.questionId = questionId;
        this.body = QuestionJson.write(value);
        this.revision = 1;
        this.updatedAt = at;
    }

    long getSubmissionId() {
        return submissionId;
    }

    long getQuestionId() {
        return questionId;
    }

    AnswerValue value() {
        return QuestionJson.answer(body);
    }

    int getRevision() {
        return revision;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Double getAutoPoints() {
        return autoPoints;
    }

    String getAutoExplanation() {
        return autoExplanation;
    }

    void update(AnswerValue newValue, Instant at) {
        body = QuestionJson.write(newValue);
        revision++;
        updatedAt = at;
    }

    void score(double points, String explanation) {
        autoPoints = points;
        autoExplanation = explanation;
    }
}
