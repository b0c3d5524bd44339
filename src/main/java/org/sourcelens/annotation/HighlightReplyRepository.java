package org.sourcelens.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HighlightReplyRepository extends JpaRepository<HighlightReply, Long> {

    /**
     * The replies, oldest first, on the highlights of an assignment that a viewer may see: all of them
     * with {@code everything}, otherwise those on the viewer's own highlights and on pinned ones.
     */
    @Query("""
            select r from HighlightReply r join Highlight h on h.id = r.highlightId
            where h.assignmentId = :assignmentId
              and (:everything = true or h.authorId = :viewerId or h.pinned = true)
            order by r.createdAt, r.id""")
    List<HighlightReply> findThreads(long assignmentId, long viewerId, boolean everything);

    /** How many replies each highlight of an assignment has; highlights without replies are left out. */
    @Query("""
            select new org.sourcelens.annotation.ReplyCount(r.highlightId, count(r))
            from HighlightReply r join Highlight h on h.id = r.highlightId
            where h.assignmentId = :assignmentId
            group by r.highlightId""")
    List<ReplyCount> countByAssignment(long assignmentId);

    List<HighlightReply> findByAuthorIdOrderByCreatedAtAscIdAsc(long authorId);
}
