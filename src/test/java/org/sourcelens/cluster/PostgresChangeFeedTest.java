package org.sourcelens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.annotation.AnnotationChanged;
import org.sourcelens.assignment.ClassWorkChanged;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes' change feeds on one real (embedded) PostgreSQL: what one node sends inside a
 * transaction reaches the other when it commits, never when it rolls back, and never comes back
 * to the node that sent it. The two-node browser test ({@code TwoNodesBT}) shows the same through
 * the whole app behind a proxy.
 */
class PostgresChangeFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static EmbeddedPostgres postgres;

    private final BlockingQueue<Object> receivedByOne = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> receivedByTwo = new LinkedBlockingQueue<>();
    private PostgresChangeFeed one;
    private PostgresChangeFeed two;
    private TransactionTemplate transactions;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void startTwoNodes() throws InterruptedException {
        DataSource database = postgres.getPostgresDatabase();
        one = new PostgresChangeFeed(database, receivedByOne::add, "one");
        two = new PostgresChangeFeed(database, receivedByTwo::add, "two");
        one.start();
        two.start();
        assertThat(one.awaitListening(WAIT)).isTrue();
        assertThat(two.awaitListening(WAIT)).isTrue();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
    }

    @AfterEach
    void stopNodes() {
        one.stop();
        two.stop();
        assertThat(one.isRunning()).isFalse();
    }

    @Test
    void a_committed_change_on_one_node_arrives_on_the_other_as_the_same_event() throws InterruptedException {
        transactions.executeWithoutResult(status -> {
            one.annotationChanged(new AnnotationChanged(11));
            one.classWorkChanged(new ClassWorkChanged(12));
        });

        assertThat(receivedByTwo.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new AnnotationChanged(11));
        assertThat(receivedByTwo.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new ClassWorkChanged(12));
        assertThat(receivedByOne.poll(1, TimeUnit.SECONDS)).as("the sender hears itself").isNull();
    }

    @Test
    void a_rolled_back_change_never_arrives() throws InterruptedException {
        transactions.executeWithoutResult(status -> {
            two.annotationChanged(new AnnotationChanged(21));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> two.annotationChanged(new AnnotationChanged(22)));

        assertThat(receivedByOne.poll(WAIT.toSeconds(), TimeUnit.SECONDS))
                .as("the first change to arrive is the committed one").isEqualTo(new AnnotationChanged(22));
        assertThat(receivedByOne.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void a_change_is_delivered_at_commit_not_when_it_is_raised() throws InterruptedException {
        transactions.executeWithoutResult(status -> {
            one.annotationChanged(new AnnotationChanged(31));
            try {
                assertThat(receivedByTwo.poll(1, TimeUnit.SECONDS)).as("before the commit").isNull();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(receivedByTwo.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new AnnotationChanged(31));
    }

    @Test
    void a_change_received_from_another_node_is_not_sent_on_again() throws InterruptedException {
        PostgresChangeFeed[] relay = new PostgresChangeFeed[1];
        BlockingQueue<Object> receivedByThree = new LinkedBlockingQueue<>();
        // Node three re-publishes what it hears into its own listeners, which include its feed, as a node does.
        relay[0] = new PostgresChangeFeed(postgres.getPostgresDatabase(), event -> {
            receivedByThree.add(event);
            relay[0].annotationChanged((AnnotationChanged) event);
        }, "three");
        relay[0].start();
        try {
            assertThat(relay[0].awaitListening(WAIT)).isTrue();
            transactions.executeWithoutResult(status -> one.annotationChanged(new AnnotationChanged(41)));

            assertThat(receivedByThree.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new AnnotationChanged(41));
            assertThat(receivedByTwo.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new AnnotationChanged(41));
            assertThat(receivedByTwo.poll(1, TimeUnit.SECONDS)).as("an echo from node three").isNull();
            assertThat(List.copyOf(receivedByOne)).isEmpty();
        } finally {
            relay[0].stop();
        }
    }

    @Test
    void students_saves_are_told_once_per_assignment_per_half_second() throws InterruptedException {
        transactions.executeWithoutResult(status -> {
            one.classWorkChanged(new ClassWorkChanged(51));
            one.classWorkChanged(new ClassWorkChanged(51));
            one.classWorkChanged(new ClassWorkChanged(52));
        });
        transactions.executeWithoutResult(status -> one.classWorkChanged(new ClassWorkChanged(51)));

        assertThat(receivedByTwo.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new ClassWorkChanged(51));
        assertThat(receivedByTwo.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new ClassWorkChanged(52));
        assertThat(receivedByTwo.poll(1, TimeUnit.SECONDS)).as("a second notice within the gap").isNull();

        Thread.sleep(PostgresChangeFeed.WORK_NOTICE_GAP.toMillis() + 100);
        transactions.executeWithoutResult(status -> one.classWorkChanged(new ClassWorkChanged(51)));
        assertThat(receivedByTwo.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("after the gap")
                .isEqualTo(new ClassWorkChanged(51));
    }
}
