package org.sourcelens.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.sourcelens.security.CurrentUser;
import org.sourcelens.security.Roles;
import org.sourcelens.security.SourceLensUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who looked at students' work (and what administrators did with students' data), in the
 * transaction of the service that showed it; only administrators read the log.
 */
@Service
@Transactional
public class AuditLog {

    static final String SYSTEM = "SourceLens (scheduled task)";

    private final AuditEntryRepository entries;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records an event as done now by the signed-in user (by SourceLens itself for scheduled work).
     * Instructors record their views of students' work; the other actions are administrators'.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void record(AuditEvent event) {
        if (event.action().isAdministrative() && !currentUser.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only administrators do this.");
        }
        Long actor = currentUser.get().map(SourceLensUser::getId).orElse(null);
        entries.save(new AuditEntry(clock.instant(), actor, event));
    }

    /** A page of the log, newest first; nothing when the filter names no account. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> entries(AuditFilter filter, Pageable pageable) {
        if (filter.isAll()) {
            return records(entries.findAllByOrderByOccurredAtDescIdDesc(pageable));
        }
        return studentNamed(filter)
                .map(id -> records(entries.findByStudentIdOrderByOccurredAtDescIdDesc(id, pageable)))
                .orElse(List.of());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        if (filter.isAll()) {
            return entries.count();
        }
        return studentNamed(filter).map(entries::countByStudentId).orElse(0L);
    }

    /** Everything the log holds about one student, oldest first (for the export of their data). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> about(long studentId) {
        return records(entries.findByStudentIdOrderByOccurredAtAscIdAsc(studentId));
    }

    private Optional<Long> studentNamed(AuditFilter filter) {
        return accounts.findByUsername(filter.studentUsername()).map(AccountSummary::id);
    }

    private List<AuditRecord> records(List<AuditEntry> rows) {
        Map<Long, AccountSummary> people = accounts.summaries(rows.stream()
                .flatMap(e -> Stream.of(e.getActorId(), e.getStudentId()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream().map(e -> new AuditRecord(e.getId(), e.getOccurredAt(),
                e.getActorId() == null ? SYSTEM : name(people.get(e.getActorId())), e.getAction(), e.getStudentId(),
                e.getStudentId() == null ? null : name(people.get(e.getStudentId())), e.getClassId(),
                e.getAssignmentId(), e.getQuestionId(), e.getDetails())).toList();
    }

    private static String name(AccountSummary account) {
        return account == null ? "?" : account.displayName() + " (" + account.username() + ")";
    }
}
