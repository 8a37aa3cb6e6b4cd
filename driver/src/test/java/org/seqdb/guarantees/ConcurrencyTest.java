package org.seqdb.guarantees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Threads taking values at once: 8 on separate connections and 8 on one shared connection,
 * on one sequence and on several, on a file database and an in-memory one, with ALTER
 * SEQUENCE (CACHE, INCREMENT, without RESTART), SETVAL forward and FLUSH TABLES interleaved
 * by another connection. Every value is handed out once, each thread sees its values
 * increase, a value taken after a SETVAL returned is beyond it, and LASTVAL is each
 * connection's own.
 *
 * <p>Without interference no value is lost: the cache belongs to the sequence, not to a
 * connection (SPEC §2), so N threads taking K values each get exactly start..start+N*K-1
 * whatever the cache size. Only closing the database discards the unused rest of the current
 * block: the file then holds next_not_cached_value = start + ceil(N*K / C) * C, and that is
 * exactly the first value after reopening.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int VALUES_PER_THREAD = 5_000;

    @TempDir
    Path dir;

    private String url;
    private Connection keepAlive;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);

    /** Opens a database of the given kind ("mem" or "file") and keeps it open for the test. */
    private void open(String kind) throws SQLException {
        url = kind.equals("mem") ? "jdbc:seqdb:mem:concurrency" : "jdbc:seqdb:" + dir.resolve("concurrency");
        keepAlive = DriverManager.getConnection(url);
    }

    @AfterEach
    void close() throws Exception {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "a thread of the test did not end");
        if (keepAlive != null) {
            keepAlive.close();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs the tasks at once (released together) and returns their results in order. */
    private <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(100, TimeUnit.SECONDS));
        }
        return results;
    }

    /** THREADS threads, each taking {@code count} values of {@code sequence} on its own connection or on {@code shared}. */
    private List<List<Long>> takeInParallel(String sequence, Connection shared, int count) throws Exception {
        List<Callable<List<Long>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                Connection connection = shared != null ? shared : DriverManager.getConnection(url);
                try (PreparedStatement next = connection.prepareStatement("SELECT NEXTVAL(" + sequence + ")")) {
                    List<Long> values = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        try (ResultSet rs = next.executeQuery()) {
                            rs.next();
                            values.add(rs.getLong(1));
                        }
                    }
                    return values;
                } finally {
                    if (shared == null) {
                        connection.close();
                    }
                }
            });
        }
        return runAll(tasks);
    }

    /** All values distinct; each thread's values strictly increasing (or decreasing, for a negative step). */
    private static Set<Long> assertDistinctAndMonotonic(List<List<Long>> perThread, boolean increasing) {
        Set<Long> all = new HashSet<>();
        for (List<Long> values : perThread) {
            for (int i = 0; i < values.size(); i++) {
                assertTrue(all.add(values.get(i)), "value " + values.get(i) + " handed out twice");
                if (i > 0) {
                    assertTrue(increasing ? values.get(i) > values.get(i - 1) : values.get(i) < values.get(i - 1),
                            "a thread saw " + values.get(i - 1) + " then " + values.get(i));
                }
            }
        }
        return all;
    }

    private static void assertExactly(Set<Long> values, long first, long step, long count) {
        assertEquals(count, values.size());
        for (long i = 0; i < count; i++) {
            long expected = first + i * step;
            assertTrue(values.contains(expected), "value " + expected + " was skipped");
        }
    }

    // ---- no interference: every value once, none lost ---------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"file", "mem"})
    void separateConnectionsOnOneSequenceGetEveryValueOnce(String kind) throws Exception {
        open(kind);
        execute("CREATE SEQUENCE s CACHE 300");
        Set<Long> values = assertDistinctAndMonotonic(takeInParallel("s", null, VALUES_PER_THREAD), true);
        assertExactly(values, 1, 1, THREADS * VALUES_PER_THREAD);
        try (Statement statement = keepAlive.createStatement();
             ResultSet rs = statement.executeQuery("SELECT LASTVAL(s)")) {
            rs.next();
            assertNull(rs.getObject(1), "a connection that took no value has no LASTVAL");
        }
        if (kind.equals("file")) {
            // closing discards the unused rest of the current block, and nothing more
            keepAlive.close();
            keepAlive = DriverManager.getConnection(url);
            long total = THREADS * VALUES_PER_THREAD;
            long blocks = (total + 299) / 300;
            assertEquals(1 + blocks * 300, queryLong(keepAlive, "SELECT NEXTVAL(s)"),
                    "the first value after reopening is the stored next_not_cached_value");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "mem"})
    void separateConnectionsOnANocacheSequenceGetEveryValueOnce(String kind) throws Exception {
        open(kind);
        execute("CREATE SEQUENCE s START WITH 100 INCREMENT BY 7 NOCACHE");
        Set<Long> values = assertDistinctAndMonotonic(takeInParallel("s", null, 1_000), true);
        assertExactly(values, 100, 7, THREADS * 1_000);
        if (kind.equals("file")) {
            keepAlive.close();
            keepAlive = DriverManager.getConnection(url);
            assertEquals(100 + 7L * THREADS * 1_000, queryLong(keepAlive, "SELECT NEXTVAL(s)"),
                    "NOCACHE: reopening skips nothing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "mem"})
    void oneSharedConnectionGetsEveryValueOnce(String kind) throws Exception {
        open(kind);
        execute("CREATE SEQUENCE s NOCACHE");
        try (Connection shared = DriverManager.getConnection(url)) {
            Set<Long> values = assertDistinctAndMonotonic(takeInParallel("s", shared, VALUES_PER_THREAD), true);
            assertExactly(values, 1, 1, THREADS * VALUES_PER_THREAD);
            assertEquals(THREADS * VALUES_PER_THREAD, queryLong(shared, "SELECT LASTVAL(s)"),
                    "the shared connection's LASTVAL is the last value any of its threads got");
        }
    }

    /** 8 threads on one connection, each taking from three sequences in turn (one with a negative step). */
    @ParameterizedTest
    @ValueSource(strings = {"file", "mem"})
    void oneSharedConnectionOnSeveralSequences(String kind) throws Exception {
        open(kind);
        execute("CREATE SEQUENCE up CACHE 7");
        execute("CREATE SEQUENCE down INCREMENT BY -2 CACHE 3");
        execute("CREATE SEQUENCE plain");
        int rounds = 1_000;
        try (Connection shared = DriverManager.getConnection(url)) {
            List<Callable<List<List<Long>>>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                tasks.add(() -> takeFromEach(shared, rounds, "up", "down", "plain"));
            }
            List<List<List<Long>>> results = runAll(tasks);
            assertExactly(assertDistinctAndMonotonic(column(results, 0), true), 1, 1, THREADS * rounds);
            assertExactly(assertDistinctAndMonotonic(column(results, 1), false), -1, -2, THREADS * rounds);
            assertExactly(assertDistinctAndMonotonic(column(results, 2), true), 1, 1, THREADS * rounds);
        }
    }

    /** Takes one value of each sequence in turn, {@code rounds} times, on {@code connection}; values by sequence. */
    private static List<List<Long>> takeFromEach(Connection connection, int rounds, String... sequences)
            throws SQLException {
        List<PreparedStatement> statements = new ArrayList<>();
        List<List<Long>> values = new ArrayList<>();
        try {
            for (String sequence : sequences) {
                statements.add(connection.prepareStatement("SELECT NEXTVAL(" + sequence + ")"));
                values.add(new ArrayList<>());
            }
            for (int i = 0; i < rounds; i++) {
                for (int s = 0; s < sequences.length; s++) {
                    try (ResultSet rs = statements.get(s).executeQuery()) {
                        rs.next();
                        values.get(s).add(rs.getLong(1));
                    }
                }
            }
            return values;
        } finally {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
    }

    private static List<List<Long>> column(List<List<List<Long>>> results, int sequence) {
        List<List<Long>> column = new ArrayList<>();
        for (List<List<Long>> perThread : results) {
            column.add(perThread.get(sequence));
        }
        return column;
    }

    // ---- with ALTER, SETVAL and FLUSH TABLES from another connection ------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"file", "mem"})
    void alterSetvalAndFlushInterleavedOnSeparateConnections(String kind) throws Exception {
        open(kind);
        meddleWhileTaking(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "mem"})
    void alterSetvalAndFlushInterleavedOnASharedConnection(String kind) throws Exception {
        open(kind);
        meddleWhileTaking(true);
    }

    /**
     * Takers take values of s (on their own connections or one shared one) while another
     * connection runs FLUSH TABLES, ALTER SEQUENCE s CACHE n, SETVAL(s, forward) and ALTER
     * SEQUENCE s INCREMENT BY n, none with RESTART. A taker that starts a NEXTVAL after a
     * SETVAL(s, x) returned x must get a value beyond x.
     */
    private void meddleWhileTaking(boolean sharedConnection) throws Exception {
        execute("CREATE SEQUENCE s CACHE 50");
        AtomicBoolean meddlingDone = new AtomicBoolean();
        AtomicLong floor = new AtomicLong(); // the last SETVAL target that took effect
        List<String> beneathTheFloor = new java.util.concurrent.CopyOnWriteArrayList<>();
        Connection shared = sharedConnection ? DriverManager.getConnection(url) : null;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> takers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            takers.add(pool.submit(() -> {
                Connection connection = shared != null ? shared : DriverManager.getConnection(url);
                try (PreparedStatement next = connection.prepareStatement("SELECT NEXTVAL(s)")) {
                    start.await();
                    List<Long> values = new ArrayList<>();
                    while (!meddlingDone.get() || values.size() < 500) {
                        long before = floor.get();
                        try (ResultSet rs = next.executeQuery()) {
                            rs.next();
                            long value = rs.getLong(1);
                            if (value <= before) {
                                beneathTheFloor.add(value + " after SETVAL(s, " + before + ")");
                            }
                            values.add(value);
                        }
                    }
                    return values;
                } finally {
                    if (shared == null) {
                        connection.close();
                    }
                }
            }));
        }
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            start.countDown();
            long target = 0;
            for (int change = 0; change < 400; change++) {
                switch (change % 4) {
                    case 0 -> statement.execute("FLUSH TABLES");
                    case 1 -> statement.execute("ALTER SEQUENCE s CACHE " + (1 + change % 200));
                    case 2 -> {
                        target += 100_000;
                        try (ResultSet rs = statement.executeQuery("SELECT SETVAL(s, " + target + ")")) {
                            rs.next();
                            long set = rs.getLong(1);
                            if (!rs.wasNull()) {
                                assertEquals(target, set);
                                floor.set(target);
                            }
                        }
                    }
                    default -> statement.execute("ALTER SEQUENCE s INCREMENT BY " + (1 + change % 3));
                }
                if (change % 16 == 0) {
                    Thread.sleep(1); // let the takers run between some of the changes
                }
            }
        } finally {
            meddlingDone.set(true);
        }
        try {
            List<List<Long>> perThread = new ArrayList<>();
            for (Future<List<Long>> taker : takers) {
                perThread.add(taker.get(100, TimeUnit.SECONDS));
            }
            assertDistinctAndMonotonic(perThread, true);
            assertEquals(List.of(), beneathTheFloor, "values not beyond a SETVAL that had returned");
            assertTrue(floor.get() > 0, "no SETVAL took effect: the takers outran every target");
        } finally {
            if (shared != null) {
                shared.close();
            }
        }
    }

    // ---- LASTVAL is per connection -------------------------------------------------------------

    @Test
    void lastvalIsEachConnectionsOwnUnderConcurrency() throws Exception {
        open("file");
        execute("CREATE SEQUENCE a CACHE 10");
        execute("CREATE SEQUENCE b INCREMENT BY -1 CACHE 3");
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                try (Connection connection = DriverManager.getConnection(url);
                     PreparedStatement both = connection.prepareStatement(
                             "SELECT NEXTVAL(a), NEXTVAL(b), LASTVAL(a), LASTVAL(b)");
                     PreparedStatement next = connection.prepareStatement("SELECT NEXTVAL(a)");
                     PreparedStatement last = connection.prepareStatement("SELECT LASTVAL(a), PREVIOUS VALUE FOR b")) {
                    try (ResultSet rs = last.executeQuery()) {
                        rs.next();
                        assertNull(rs.getObject(1), "a new connection has no LASTVAL");
                        assertNull(rs.getObject(2), "a new connection has no LASTVAL");
                    }
                    long lastB = 0;
                    for (int i = 0; i < 1_000; i++) {
                        // in one statement
                        try (ResultSet rs = both.executeQuery()) {
                            rs.next();
                            assertEquals(rs.getLong(1), rs.getLong(3), "LASTVAL(a) of this connection");
                            assertEquals(rs.getLong(2), rs.getLong(4), "LASTVAL(b) of this connection");
                            lastB = rs.getLong(2);
                        }
                        // in separate statements, while the other threads take values in between
                        long mine;
                        try (ResultSet rs = next.executeQuery()) {
                            rs.next();
                            mine = rs.getLong(1);
                        }
                        Thread.yield();
                        try (ResultSet rs = last.executeQuery()) {
                            rs.next();
                            assertEquals(mine, rs.getLong(1), "LASTVAL(a) after other connections took values");
                            assertEquals(lastB, rs.getLong(2), "PREVIOUS VALUE FOR b after other connections");
                        }
                    }
                }
                return null;
            });
        }
        runAll(tasks);
        try (Connection fresh = DriverManager.getConnection(url);
             ResultSet rs = fresh.createStatement().executeQuery("SELECT LASTVAL(a)")) {
            rs.next();
            assertNull(rs.getObject(1), "a new connection has no LASTVAL");
        }
    }
}
