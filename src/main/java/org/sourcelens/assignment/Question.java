package org.sourcelens.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sourcelens.base.AbstractEntity;

/** A question of a question set; its definition is a {@link QuestionSpec} stored as JSON. */
@Entity
@Table(name = "question")
class Question extends AbstractEntity {

    @Column(name = "question_set_id", nullable = false)
    private long questionSetId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "definition", nullable = false, length = 100000)
    private String definition;

    protected Question() {
    }

    Question(long questionSetId, int position, QuestionSpec spec) {
        this.questionSetId = questionSetId;
        this.position = position;
        this.definition = QuestionJson.write(spec);
    }

    long getQuestionSetId() {
        return questionSetId;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    QuestionSpec spec() {
        return QuestionJson.question(definition);
    }

    void update(QuestionSpec spec) {
        definition = QuestionJson.write(spec);
    }
}
