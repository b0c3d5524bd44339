package org.sourcelens.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleParagraphRepository extends JpaRepository<ArticleParagraph, Long> {

    List<ArticleParagraph> findByArticleVersionIdOrderByPosition(long articleVersionId);
}
