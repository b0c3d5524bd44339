package org.sourcelens.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findBySubmissionId(long submissionId);

    List<Answer> findBySubmissionIdIn(Collection<Long> submissionIds);

    Optional<Answer> findBySubmissionIdAndQuestionId(long submissionId, long questionId);

    /** Saves only if nobody saved since {@code baseRevision}: returns 0 when another tab was faster. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Answer a set a.body = :value, a.revision = a.revision + 1, a.updatedAt = :at,
                a.version = a.version + 1
            where a.id = :id and a.revision = :baseRevision""")
    int updateIfUnchanged(long id, int baseRevision, String value, java.time.Instant at);

    @Query("select a from Answer a where a.submissionId in (select s.id from Submission s where s.assignmentId = :assignmentId)")
    List<Answer> findByAssignment(long assignmentId);

    @Query("select a.submissionId, count(a) from Answer a where a.submissionId in :submissionIds group by a.submissionId")
    List<Object[]> countBySubmission(Collection<Long> submissionIds);
}
