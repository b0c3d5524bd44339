package org.sourcelens.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findByAssignmentIdAndStudentId(long assignmentId, long studentId);

    /** The submission, locked until the transaction ends: saves and the submit of one student take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Submission s where s.assignmentId = :assignmentId and s.studentId = :studentId")
    Optional<Submission> findForUpdate(long assignmentId, long studentId);

    List<Submission> findByAssignmentId(long assignmentId);

    List<Submission> findByStudentIdOrderByStartedAt(long studentId);

    List<Submission> findByStudentIdAndAssignmentIdIn(long studentId, Collection<Long> assignmentIds);
}
