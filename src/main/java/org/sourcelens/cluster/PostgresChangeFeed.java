package org.sourcelens.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcelens.annotation.AnnotationChanged;
import org.sourcelens.assignment.ClassWorkChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes live changes between app nodes that share one PostgreSQL (on with
 * {@code sourcelens.cluster.listen-notify=true}, which the {@code postgres} profile sets).
 *
 * <p>Sending: a change event raised in a transaction becomes a {@code NOTIFY} in that same
 * transaction, so PostgreSQL delivers it exactly when the change is committed and never when it is
 * rolled back. Receiving: one connection of the pool is kept for {@code LISTEN}; a thread waits on
 * it and publishes every other node's change as the same application event locally, where the live
 * readers and dashboards refresh as they do for a change made on this node. A change received from
 * another node is not sent on again. When the listening connection breaks, the thread reconnects
 * (changes made meanwhile are not replayed: open pages catch up at their next change or reload).
 */
@Component
@ConditionalOnProperty(name = "sourcelens.cluster.listen-notify", havingValue = "true")
public class PostgresChangeFeed implements SmartLifecycle {

    static final String CHANNEL = "sourcelens_changes";
    private static final Logger log = LoggerFactory.getLogger(PostgresChangeFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);
    static final Duration WORK_NOTICE_GAP = Duration.ofMillis(500);
    /** A quiet listening connection is checked this often, so a silently dropped one is noticed and replaced. */
    private static final int POLLS_BETWEEN_CHECKS = 60;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final String node;
    private volatile Thread listener;
    private volatile CountDownLatch listening = new CountDownLatch(1);
    private final Map<Long, Long> lastWorkNotice = new ConcurrentHashMap<>();

    @Autowired
    public PostgresChangeFeed(DataSource dataSource, ApplicationEventPublisher events) {
        this(dataSource, events, HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
    }

    PostgresChangeFeed(DataSource dataSource, ApplicationEventPublisher events, String node) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.events = events;
        this.node = node;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void annotationChanged(AnnotationChanged change) {
        send(change);
    }

    /**
     * Students' saves come many a second; one notice per assignment per {@link #WORK_NOTICE_GAP} is
     * enough, because a dashboard gathers changes for a second after a notice and then reads
     * everything committed by then. (Fewer notices also keep autosave commits from queueing on
     * PostgreSQL's notification lock.)
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void classWorkChanged(ClassWorkChanged change) {
        long now = System.nanoTime();
        Long last = lastWorkNotice.get(change.assignmentId());
        if (last != null && now - last < WORK_NOTICE_GAP.toNanos()) {
            return;
        }
        lastWorkNotice.put(change.assignmentId(), now);
        send(change);
    }

    private void send(Object change) {
        if (Thread.currentThread() == listener) {
            return; // another node's change, published here: that node has told everyone already
        }
        String payload = ChangeMessage.of(node, change).encode();
        jdbc.query("SELECT pg_notify(?, ?)", result -> null, CHANNEL, payload);
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "postgres-change-feed");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(POLL.multipliedBy(4).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    /** Waits until this node listens (for tests and the start-up log); false when it did not in time. */
    boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    String node() {
        return node;
    }

    private void listen() {
        while (Thread.currentThread() == listener) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                log.info("Node {} listens for other nodes' changes on PostgreSQL channel {}", node, CHANNEL);
                listening.countDown();
                try {
                    for (int polls = 1; Thread.currentThread() == listener; polls++) {
                        PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
                        if (notifications != null) {
                            for (PGNotification notification : notifications) {
                                receive(notification.getParameter());
                            }
                        }
                        if (polls % POLLS_BETWEEN_CHECKS == 0) {
                            try (Statement check = connection.createStatement()) {
                                check.execute("SELECT 1"); // throws on a dead connection: reconnect below
                            }
                        }
                    }
                } finally {
                    unlisten(connection); // the connection goes back to the pool: it must not keep collecting
                }
            } catch (SQLException | RuntimeException e) {
                if (Thread.currentThread() != listener) {
                    return;
                }
                listening = new CountDownLatch(1);
                log.warn("Lost the connection that listens for other nodes' changes; trying again in {} s: {}",
                        RETRY.toSeconds(), e.toString());
                try {
                    Thread.sleep(RETRY);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
        } catch (SQLException broken) {
            // a broken connection is discarded by the pool anyway
        }
    }

    private void receive(String payload) {
        ChangeMessage.decode(payload)
                .filter(message -> !message.node().equals(node))
                .ifPresent(message -> {
                    try {
                        events.publishEvent(message.event());
                    } catch (RuntimeException e) {
                        log.warn("A live update from node {} failed here", message.node(), e);
                    }
                });
    }
}
