package org.sourcelens.assignment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionSetRepository extends JpaRepository<QuestionSet, Long> {

    @Query("""
            select new org.sourcelens.assignment.QuestionSetSummary(s.id, s.title, s.description,
                (select count(q) from Question q where q.questionSetId = s.id))
            from QuestionSet s where s.ownerId = :ownerId order by s.title, s.id""")
    List<QuestionSetSummary> findSummaries(long ownerId);

    boolean existsByOwnerId(long ownerId);
}
