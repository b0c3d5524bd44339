package org.sourcelens.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    @Query("""
            select new org.sourcelens.classroom.TaughtClass(c.id, c.name, c.joinCode,
                (select count(e) from Enrolment e where e.classroomId = c.id), c.createdAt, c.archivedAt)
            from Classroom c where c.instructorId = :instructorId
            order by c.createdAt desc, c.id desc""")
    List<TaughtClass> findTaughtBy(long instructorId);

    @Query("""
            select c from Classroom c
            where c.archivedAt is null
              and exists (select 1 from Enrolment e where e.classroomId = c.id and e.studentId = :studentId)
            order by c.name""")
    List<Classroom> findEnrolledBy(long studentId);

    List<Classroom> findByArchivedAtBefore(Instant cutoff);
}
