package org.sourcelens.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    String VISIBLE_TO_USER = """
            (:admin = true or a.visibility = org.sourcelens.article.ArticleVisibility.SHARED or a.createdBy = :userId)
            and (:includeArchived = true or a.archivedAt is null)
            and (lower(a.title) like :pattern escape '\\' or lower(coalesce(a.outlet, '')) like :pattern escape '\\')
            """;

    Optional<Article> findBySourceKey(String sourceKey);

    @Query("select new org.sourcelens.article.LibraryEntry(a.id, a.title, a.outlet, a.visibility,"
            + " case when a.archivedAt is null then false else true end, a.currentVersionNo, a.createdAt,"
            + " case when a.createdBy = :userId then true else false end)"
            + " from Article a where " + VISIBLE_TO_USER + " order by a.createdAt desc, a.id desc")
    List<LibraryEntry> findLibrary(long userId, boolean admin, boolean includeArchived, String pattern,
            Pageable pageable);

    @Query("select count(a) from Article a where " + VISIBLE_TO_USER)
    long countLibrary(long userId, boolean admin, boolean includeArchived, String pattern);

    boolean existsByCreatedBy(Long userId);
}
