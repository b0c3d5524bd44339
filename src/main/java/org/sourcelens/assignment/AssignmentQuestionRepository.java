package org.sourcelens.assignment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentQuestionRepository extends JpaRepository<AssignmentQuestion, Long> {

    List<AssignmentQuestion> findByAssignmentIdOrderByPosition(long assignmentId);

    @Query("select q.assignmentId, count(q) from AssignmentQuestion q where q.assignmentId in :assignmentIds"
            + " group by q.assignmentId")
    List<Object[]> countByAssignment(Collection<Long> assignmentIds);
}
