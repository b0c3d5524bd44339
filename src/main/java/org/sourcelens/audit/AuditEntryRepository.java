package org.sourcelens.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

    List<AuditEntry> findByStudentIdOrderByOccurredAtDescIdDesc(long studentId, Pageable pageable);

    long countByStudentId(long studentId);

    List<AuditEntry> findByStudentIdOrderByOccurredAtAscIdAsc(long studentId);
}
