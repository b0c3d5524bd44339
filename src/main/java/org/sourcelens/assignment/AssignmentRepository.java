package org.sourcelens.assignment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("""
            select new org.sourcelens.assignment.Reading(a.id, a.articleId, a.title, a.createdAt,
                case when a.questionSetId is null then false else true end)
            from Assignment a where a.classroomId = :classId order by a.createdAt, a.id""")
    List<Reading> findReadings(long classId);

    boolean existsByClassroomIdAndArticleIdAndQuestionSetIdIsNull(long classroomId, long articleId);

    @Query("""
            select count(a) > 0 from Assignment a where a.classroomId in :classroomIds
            and (a.articleId = :articleId or a.secondArticleId = :articleId)""")
    boolean isAssignedInAnyOf(long articleId, Collection<Long> classroomIds);

    List<Assignment> findByClassroomIdIn(Collection<Long> classroomIds);

    boolean existsByQuestionSetId(long questionSetId);

    @Query("""
            select new org.sourcelens.assignment.AssignedWork(count(a) > 0,
                coalesce(sum(case when a.questionSetId is null then 0 else 1 end), 0) > 0)
            from Assignment a where a.classroomId in :classroomIds""")
    AssignedWork assignedWorkIn(Collection<Long> classroomIds);
}
