package org.sourcelens.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReplyHelpfulRepository extends JpaRepository<ReplyHelpful, Long> {

    boolean existsByReplyIdAndUserId(long replyId, long userId);

    long deleteByReplyIdAndUserId(long replyId, long userId);

    /** How many people marked each reply in an assignment helpful; replies nobody marked are left out. */
    @Query("""
            select new org.sourcelens.annotation.HelpfulCount(f.replyId, count(f))
            from ReplyHelpful f join HighlightReply r on r.id = f.replyId join Highlight h on h.id = r.highlightId
            where h.assignmentId = :assignmentId
            group by f.replyId""")
    List<HelpfulCount> countByAssignment(long assignmentId);

    @Query("""
            select f.replyId from ReplyHelpful f join HighlightReply r on r.id = f.replyId
            join Highlight h on h.id = r.highlightId
            where h.assignmentId = :assignmentId and f.userId = :userId""")
    List<Long> findReplyIdsMarkedBy(long assignmentId, long userId);

    List<ReplyHelpful> findByUserIdOrderByIdAsc(long userId);
}
