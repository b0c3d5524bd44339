package org.sourcelens.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleLinkRepository extends JpaRepository<ArticleLink, Long> {

    @Query("""
            select l from ArticleLink l where l.paragraphId in
                (select p.id from ArticleParagraph p where p.articleVersionId = :versionId)
            order by l.paragraphId, l.start""")
    List<ArticleLink> findByVersion(long versionId);
}
