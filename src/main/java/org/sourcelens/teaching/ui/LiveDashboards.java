package org.sourcelens.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sourcelens.assignment.ClassWorkChanged;
import org.sourcelens.base.ui.PushAs;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Open class dashboards, per assignment. While thirty students type, their autosaves would ask for
 * thirty refreshes a second; changes are gathered for {@value #GATHER_MILLIS} ms and each dashboard
 * then refreshes once, through server push, as its own user.
 */
@Component
public class LiveDashboards {

    static final long GATHER_MILLIS = 1_000;

    /** One open dashboard: its UI, as whom it asks the services, and what to run there. */
    record Viewer(UI ui, SecurityContext security, Runnable refresh) {
    }

    private final Map<Long, Set<Viewer>> open = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-dashboards");
        thread.setDaemon(true);
        return thread;
    });

    Registration watch(long assignmentId, Viewer viewer) {
        open.compute(assignmentId, (id, viewers) -> {
            Set<Viewer> set = viewers == null ? ConcurrentHashMap.newKeySet() : viewers;
            set.add(viewer);
            return set;
        });
        return () -> leave(assignmentId, viewer);
    }

    private void leave(long assignmentId, Viewer viewer) {
        open.computeIfPresent(assignmentId, (id, viewers) -> {
            viewers.remove(viewer);
            return viewers.isEmpty() ? null : viewers;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ClassWorkChanged change) {
        long assignmentId = change.assignmentId();
        if (open.containsKey(assignmentId) && pending.add(assignmentId)) {
            try {
                timer.schedule(() -> refresh(assignmentId), GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                pending.remove(assignmentId); // the server is stopping
            }
        }
    }

    private void refresh(long assignmentId) {
        pending.remove(assignmentId);
        for (Viewer viewer : open.getOrDefault(assignmentId, Set.of())) {
            try {
                PushAs.access(viewer.ui(), viewer.security(), viewer.refresh());
            } catch (UIDetachedException e) {
                leave(assignmentId, viewer);
            }
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
