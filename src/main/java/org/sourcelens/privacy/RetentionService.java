package org.sourcelens.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sourcelens.audit.AuditEvent;
import org.sourcelens.audit.AuditLog;
import org.sourcelens.classroom.ClassroomService;
import org.sourcelens.classroom.PurgedClass;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention rule: a class archived longer than {@code sourcelens.retention.archived-class-days}
 * is deleted with all its work (0 keeps archived classes for ever). Each purged class is recorded in
 * the audit log by name, without its students.
 */
@Service
@Transactional
public class RetentionService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ClassroomService classrooms;
    private final AuditLog audit;
    private final Clock clock;
    private final int archivedClassDays;

    RetentionService(ClassroomService classrooms, AuditLog audit, Clock clock,
            @Value("${sourcelens.retention.archived-class-days:365}") int archivedClassDays) {
        if (archivedClassDays < 0) {
            throw new IllegalArgumentException("sourcelens.retention.archived-class-days must be 0 (keep archived "
                    + "classes) or a number of days, not " + archivedClassDays);
        }
        this.classrooms = classrooms;
        this.audit = audit;
        this.clock = clock;
        this.archivedClassDays = archivedClassDays;
    }

    /** Deletes the classes archived longer than the retention period; returns what was deleted. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PurgedClass> purgeExpiredClasses() {
        if (archivedClassDays == 0) {
            return List.of();
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(archivedClassDays));
        List<PurgedClass> purged = classrooms.purgeArchivedBefore(cutoff);
        for (PurgedClass gone : purged) {
            audit.record(AuditEvent.classPurged(gone.id(), "Class “" + gone.name() + "”, archived on "
                    + DAY.format(gone.archivedAt()) + ", deleted with the work of " + gone.students()
                    + (gone.students() == 1 ? " student" : " students") + " (retention: " + archivedClassDays
                    + " days)"));
        }
        return purged;
    }
}
