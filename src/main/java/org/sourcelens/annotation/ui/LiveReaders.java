package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.IntConsumer;
import org.sourcelens.annotation.AnnotationChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The readers open right now, per assignment, so that a classmate's new highlight or reply reaches
 * them through server push, and so that each can say how many classmates are reading. Only the
 * fact that something changed travels here; every reader then asks the services again as its own
 * user, so nobody is shown what they may not see.
 */
@Component
public class LiveReaders {

    /** One open reader: its UI, who reads, and what to run there on a change or a new head count. */
    record Reader(UI ui, long userId, boolean student, Runnable onChange, IntConsumer onPresence) {
    }

    private final Map<Long, Set<Reader>> open = new ConcurrentHashMap<>();

    /** Registers an open reader; the registration must be removed when its view detaches. */
    Registration join(long assignmentId, Reader reader) {
        open.computeIfAbsent(assignmentId, id -> new CopyOnWriteArraySet<>()).add(reader);
        announcePresence(assignmentId);
        return () -> {
            Set<Reader> readers = open.get(assignmentId);
            if (readers != null) {
                readers.remove(reader);
                if (readers.isEmpty()) {
                    open.remove(assignmentId, readers);
                }
            }
            announcePresence(assignmentId);
        };
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

    /** Runs a command in a reader's UI, forgetting readers whose page has gone. */
    private void run(long assignmentId, Reader reader, Runnable command) {
        try {
            reader.ui().access(command::run);
        } catch (UIDetachedException e) {
            open.getOrDefault(assignmentId, Set.of()).remove(reader);
        }
    }
}
