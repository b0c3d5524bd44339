package org.sourcelens.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleNoteRepository extends JpaRepository<ArticleNote, Long> {

    List<ArticleNote> findByArticleVersionIdOrderByNumber(long articleVersionId);
}
