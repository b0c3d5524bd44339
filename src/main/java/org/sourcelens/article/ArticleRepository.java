package org.sourcelens.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySourceKey(String sourceKey);

    @Query("""
            select new org.sourcelens.article.ArticleSummary(a.id, a.title, a.outlet, a.createdAt)
            from Article a order by a.createdAt desc, a.id desc""")
    List<ArticleSummary> findSummaries();
}
