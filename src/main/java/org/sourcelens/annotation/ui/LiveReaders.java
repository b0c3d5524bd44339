package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.sourcelens.annotation.AnnotationChanged;
import org.sourcelens.base.ui.PushAs;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The readers open right now, per assignment, so that a classmate's new highlight or reply reaches
 * them through server push, and so that each can say how many classmates are reading. Only the
 * fact that something changed travels here; every reader then asks the services again as its own
 * user (its security context is kept with it and set around each update), so nobody is shown what
 * they may not see. Updates run on a worker, never in the thread of the person who made the change.
 */
@Component
public class LiveReaders {

    /** One open reader: its UI, who reads (and as whom the services are asked), and what to run there. */
    record Reader(UI ui, long userId, boolean student, SecurityContext security, Runnable onChange,
            IntConsumer onPresence) {
    }

    private final Map<Long, Set<Reader>> open = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor();

    /** Registers an open reader; the registration must be removed when its view detaches or moves on. */
    Registration join(long assignmentId, Reader reader) {
        open.compute(assignmentId, (id, readers) -> {
            Set<Reader> set = readers == null ? ConcurrentHashMap.newKeySet() : readers;
            set.add(reader);
            return set;
        });
        announcePresence(assignmentId);
        return () -> {
            leave(assignmentId, reader);
            announcePresence(assignmentId);
        };
    }

    private void leave(long assignmentId, Reader reader) {
        open.computeIfPresent(assignmentId, (id, readers) -> {
            readers.remove(reader);
            return readers.isEmpty() ? null : readers;
        });
    }

    /** How many students other than {@code userId} have the assignment open now. */
    int studentsReading(long assignmentId, long userId) {
        return (int) open.getOrDefault(assignmentId, Set.of()).stream()
                .filter(r -> r.student() && r.userId() != userId)
                .map(Reader::userId).distinct().count();
    }

    /** After the change is committed, tells every other open reader of the assignment to refresh. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(AnnotationChanged change) {
        UI origin = UI.getCurrent();
        for (Reader reader : open.getOrDefault(change.assignmentId(), Set.of())) {
            if (reader.ui() != origin) {
                run(change.assignmentId(), reader, reader.onChange());
            }
        }
    }

    private void announcePresence(long assignmentId) {
        for (Reader reader : open.getOrDefault(assignmentId, Set.of())) {
            int count = studentsReading(assignmentId, reader.userId());
            run(assignmentId, reader, () -> reader.onPresence().accept(count));
        }
    }

    /** Runs a command in a reader's UI, as that reader, on the worker; forgets readers whose page has gone. */
    private void run(long assignmentId, Reader reader, Runnable command) {
        try {
            worker.execute(() -> {
                try {
                    PushAs.access(reader.ui(), reader.security(), command);
                } catch (UIDetachedException e) {
                    leave(assignmentId, reader);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            // the server is stopping: the pages that detach now need no more updates
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
