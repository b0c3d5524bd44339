package org.sourcelens.classroom;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    boolean existsByClassroomIdAndStudentId(long classroomId, long studentId);

    @Query("select e.classroomId from Enrolment e where e.studentId = :studentId")
    List<Long> findClassroomIdsByStudentId(long studentId);

    List<Enrolment> findByClassroomIdOrderByEnrolledAt(long classroomId);

    List<Enrolment> findByStudentIdOrderByEnrolledAt(long studentId);

    long countByClassroomId(long classroomId);
}
