package org.sourcelens.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleVersionRepository extends JpaRepository<ArticleVersion, Long> {

    Optional<ArticleVersion> findByArticleIdAndNumber(long articleId, int number);
}
