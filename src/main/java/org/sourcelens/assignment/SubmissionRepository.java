package org.sourcelens.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findByAssignmentIdAndStudentId(long assignmentId, long studentId);

    List<Submission> findByStudentIdAndAssignmentIdIn(long studentId, Collection<Long> assignmentIds);
}
