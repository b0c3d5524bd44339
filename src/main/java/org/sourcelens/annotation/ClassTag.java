package org.sourcelens.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sourcelens.base.AbstractEntity;

@Entity
@Table(name = "class_tag")
class ClassTag extends AbstractEntity {

    @Column(name = "classroom_id", nullable = false)
    private long classroomId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    protected ClassTag() {
    }

    ClassTag(long classroomId, int position, String name) {
        this.classroomId = classroomId;
        this.position = position;
        this.name = name;
    }

    String getName() {
        return name;
    }
}
