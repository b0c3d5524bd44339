package org.sourcelens.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HighlightRepository extends JpaRepository<Highlight, Long> {

    List<Highlight> findByAssignmentId(long assignmentId);

    List<Highlight> findByAssignmentIdAndAuthorId(long assignmentId, long authorId);

    List<Highlight> findByArticleIdAndArticleVersion(long articleId, int articleVersion);

    List<Highlight> findByAssignmentIdAndAuthorIdNot(long assignmentId, long authorId);

    List<Highlight> findByAssignmentIdAndAuthorIdNotAndPinnedTrue(long assignmentId, long authorId);

    List<Highlight> findByAuthorIdOrderByCreatedAtAscIdAsc(long authorId);

    List<Highlight> findByArticleIdAndAuthorIdAndOrphanFalse(long articleId, long authorId);
}
