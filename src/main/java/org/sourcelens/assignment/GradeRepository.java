package org.sourcelens.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GradeRepository extends JpaRepository<Grade, Long> {

    Optional<Grade> findBySubmissionIdAndQuestionId(long submissionId, long questionId);

    List<Grade> findBySubmissionId(long submissionId);

    List<Grade> findBySubmissionIdIn(Collection<Long> submissionIds);

    @Query("select g from Grade g where g.submissionId in (select s.id from Submission s where s.assignmentId = :assignmentId)")
    List<Grade> findByAssignment(long assignmentId);
}
