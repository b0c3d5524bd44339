package org.sourcelens.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sourcelens.base.AbstractEntity;

/** A question as it was when the assignment was made; later edits of the set do not reach it. */
@Entity
@Table(name = "assignment_question")
class AssignmentQuestion extends AbstractEntity {

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "definition", nullable = false, length = 100000)
    private String definition;

    @jakarta.persistence.Transient
    private QuestionSpec parsed;

    protected AssignmentQuestion() {
    }

    AssignmentQuestion(long assignmentId, int position, QuestionSpec spec) {
        this.assignmentId = assignmentId;
        this.position = position;
        this.definition = QuestionJson.write(spec);
    }

    long getAssignmentId() {
        return assignmentId;
    }

    int getPosition() {
        return position;
    }

    /** The question, parsed once per loaded row: the dashboard and grading ask for it many times. */
    QuestionSpec spec() {
        if (parsed == null) {
            parsed = QuestionJson.question(definition);
        }
        return parsed;
    }
}
