package org.sourcelens.assignment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByQuestionSetIdOrderByPosition(long questionSetId);
}
