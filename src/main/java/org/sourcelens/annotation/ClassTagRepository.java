package org.sourcelens.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassTagRepository extends JpaRepository<ClassTag, Long> {

    List<ClassTag> findByClassroomIdOrderByPosition(long classroomId);

    void deleteByClassroomId(long classroomId);
}
