package org.sourcelens.privacy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcelens.classroom.PurgedClass;
import org.sourcelens.security.SystemTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention rule once a day (at 03:30 server time unless {@code sourcelens.retention.cron}
 * says otherwise; "-" turns the job off), as a system task through the same method security as users.
 * Only in the web application, never in a command-line run.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${sourcelens.retention.cron:0 30 3 * * *}")
    void purgeExpiredClasses() {
        List<PurgedClass> purged = SystemTask.asAdministrator(retention::purgeExpiredClasses);
        if (!purged.isEmpty()) {
            log.info("Retention: purged {} archived class(es): {}", purged.size(),
                    purged.stream().map(PurgedClass::id).toList());
        }
    }
}
