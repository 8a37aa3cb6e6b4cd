package org.seqdb.guarantees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows written from several connections at once: no row lost, none twice. Threads insert into
 * tables keyed by AUTO_INCREMENT and by a sequence DEFAULT (autocommit and in transactions of
 * several rows), increment one counter row with UPDATE ... SET n = n + 1 (each increment must
 * count: UPDATE reads the newest committed row under its lock, also in REPEATABLE READ
 * transactions that read it first), race to insert the same unique values (exactly one wins
 * each), and add child rows while others delete their parents (no child is left without one).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TableConcurrencyTest {
    private static final int THREADS = 6;
    private static final int ROWS = 300;

    @TempDir
    Path dir;

    private interface Work {
        void run(Connection connection, int thread) throws Exception;
    }

    private static List<Throwable> onThreads(String url, Work work) throws InterruptedException {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread th = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url)) {
                    start.await();
                    work.run(connection, thread);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "writer-" + t);
            th.start();
            threads.add(th);
        }
        start.countDown();
        for (Thread th : threads) {
            th.join();
        }
        return failures;
    }

    @Test
    void insertsFromSeveralConnectionsLoseAndRepeatNothing() throws Exception {
        String url = "jdbc:seqdb:" + dir.resolve("inserts");
        try (Connection setup = DriverManager.getConnection(url); Statement s = setup.createStatement()) {
            s.execute("CREATE SEQUENCE ids CACHE 10");
            s.execute("CREATE TABLE auto (id BIGINT AUTO_INCREMENT PRIMARY KEY, thread INT, n INT)");
            s.execute("CREATE TABLE seq (id BIGINT PRIMARY KEY DEFAULT NEXTVAL(ids), thread INT, n INT,"
                    + " UNIQUE KEY thread_n (thread, n))");
        }
        Set<Long> autoKeys = ConcurrentHashMap.newKeySet();
        Set<Long> seqKeys = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = onThreads(url, (connection, thread) -> {
            try (PreparedStatement auto = connection.prepareStatement("INSERT INTO auto (thread, n) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement seq = connection.prepareStatement("INSERT INTO seq (thread, n) VALUES (?, ?)",
                         Statement.RETURN_GENERATED_KEYS)) {
                for (int n = 0; n < ROWS; n++) {
                    boolean inTransaction = thread % 2 == 1 && n % 5 == 0;
                    if (inTransaction) {
                        connection.setAutoCommit(false);
                    }
                    for (PreparedStatement insert : new PreparedStatement[] {auto, seq}) {
                        insert.setInt(1, thread);
                        insert.setInt(2, n);
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            assertTrue((insert == auto ? autoKeys : seqKeys).add(keys.getLong(1)),
                                    "a generated key came twice: " + keys.getLong(1));
                        }
                    }
                    if (inTransaction) {
                        connection.commit();
                        connection.setAutoCommit(true);
                    }
                }
            }
        });
        assertEquals(List.of(), failures);
        try (Connection check = DriverManager.getConnection(url); Statement s = check.createStatement()) {
            for (String table : new String[] {"auto", "seq"}) {
                Set<Long> ids = new HashSet<>();
                Set<String> rows = new HashSet<>();
                try (ResultSet rs = s.executeQuery("SELECT id, thread, n FROM " + table)) {
                    while (rs.next()) {
                        assertTrue(ids.add(rs.getLong(1)), table + ": id " + rs.getLong(1) + " twice");
                        assertTrue(rows.add(rs.getInt(2) + "/" + rs.getInt(3)), table + ": row written twice");
                    }
                }
                assertEquals(THREADS * ROWS, ids.size(), table + ": rows lost");
                assertEquals(table.equals("auto") ? autoKeys : seqKeys, ids, table + ": keys handed out != rows");
            }
        }
    }

    @Test
    void concurrentIncrementsOfOneRowAllCount() throws Exception {
        String url = "jdbc:seqdb:" + dir.resolve("counter");
        try (Connection setup = DriverManager.getConnection(url); Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE counter (id INT PRIMARY KEY, n BIGINT NOT NULL)");
            s.execute("INSERT INTO counter VALUES (1, 0)");
        }
        List<Throwable> failures = onThreads(url, (connection, thread) -> {
            try (PreparedStatement increment = connection.prepareStatement(
                    "UPDATE counter SET n = n + 1 WHERE id = 1")) {
                for (int i = 0; i < ROWS; i++) {
                    boolean inTransaction = i % 3 == 0;
                    connection.setAutoCommit(!inTransaction);
                    assertEquals(1, increment.executeUpdate());
                    if (inTransaction) {
                        connection.commit();
                    }
                }
                connection.setAutoCommit(true);
            }
        });
        assertEquals(List.of(), failures);
        try (Connection check = DriverManager.getConnection(url); Statement s = check.createStatement();
             ResultSet rs = s.executeQuery("SELECT n FROM counter WHERE id = 1")) {
            rs.next();
            assertEquals((long) THREADS * ROWS, rs.getLong(1), "increments were lost");
        }
    }

    @Test
    void readThenIncrementInRepeatableReadTransactionsLosesNothing() throws Exception {
        String url = "jdbc:seqdb:" + dir.resolve("snapshot");
        try (Connection setup = DriverManager.getConnection(url); Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE counter (id INT PRIMARY KEY, n BIGINT NOT NULL)");
            s.execute("INSERT INTO counter VALUES (1, 0)");
        }
        List<Throwable> failures = onThreads(url, (connection, thread) -> {
            connection.setAutoCommit(false);
            try (PreparedStatement read = connection.prepareStatement("SELECT n FROM counter WHERE id = 1");
                 PreparedStatement increment = connection.prepareStatement(
                         "UPDATE counter SET n = n + 1 WHERE id = 1")) {
                for (int i = 0; i < ROWS / 3; i++) {
                    long before;
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                        before = rs.getLong(1);
                    }
                    assertEquals(1, increment.executeUpdate());
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                        // the transaction sees its own change on top of its snapshot, and at least that
                        assertTrue(rs.getLong(1) >= before + 1, "own increment not seen");
                    }
                    connection.commit();
                }
            }
        });
        assertEquals(List.of(), failures);
        try (Connection check = DriverManager.getConnection(url); Statement s = check.createStatement();
             ResultSet rs = s.executeQuery("SELECT n FROM counter WHERE id = 1")) {
            rs.next();
            assertEquals((long) THREADS * (ROWS / 3), rs.getLong(1), "increments were lost");
        }
    }

    @Test
    void childrenAndParentDeletesNeverLeaveAnOrphan() throws Exception {
        String url = "jdbc:seqdb:" + dir.resolve("orphans");
        int parents = 40;
        try (Connection setup = DriverManager.getConnection(url); Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE parent (id INT PRIMARY KEY)");
            s.execute("CREATE TABLE child (id INT PRIMARY KEY, pid INT, FOREIGN KEY (pid) REFERENCES parent (id))");
            for (int p = 1; p <= parents; p++) {
                s.execute("INSERT INTO parent VALUES (" + p + ")");
            }
        }
        List<Throwable> failures = onThreads(url, (connection, thread) -> {
            java.util.Random random = new java.util.Random(thread);
            try (Statement s = connection.createStatement()) {
                s.execute("SET SESSION innodb_lock_wait_timeout = 5");
                if (thread % 4 < 2) {
                    // half the writers at READ COMMITTED, half at the default REPEATABLE READ
                    s.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
                }
                for (int i = 0; i < ROWS / 2; i++) {
                    boolean inTransaction = i % 4 == 0;
                    connection.setAutoCommit(!inTransaction);
                    try {
                        int parent = 1 + random.nextInt(parents);
                        if (thread % 2 == 0) {
                            s.execute("INSERT INTO child VALUES (" + (thread * 10_000 + i) + ", " + parent + ")");
                        } else {
                            s.execute("DELETE FROM parent WHERE id = " + parent);
                        }
                        if (inTransaction) {
                            connection.commit();
                        }
                    } catch (SQLException refused) {
                        // 1452 no parent, 1451 still referred to; 1205 / 1213 when two wait for each other
                        assertTrue(List.of(1451, 1452, 1205, 1213).contains(refused.getErrorCode()),
                                refused.toString());
                        if (inTransaction) {
                            connection.rollback();
                        }
                    }
                }
                connection.setAutoCommit(true);
            }
        });
        assertEquals(List.of(), failures);
        try (Connection check = DriverManager.getConnection(url); Statement s = check.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM child c WHERE NOT EXISTS"
                     + " (SELECT 1 FROM parent p WHERE p.id = c.pid)")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "children without their parent");
        }
    }

    @Test
    void racesForTheSameUniqueValueHaveOneWinner() throws Exception {
        String url = "jdbc:seqdb:" + dir.resolve("unique");
        try (Connection setup = DriverManager.getConnection(url); Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE claim (id INT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE,"
                    + " thread INT)");
        }
        Set<String> won = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = onThreads(url, (connection, thread) -> {
            try (PreparedStatement claim = connection.prepareStatement("INSERT INTO claim (code, thread) VALUES (?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    claim.setString(1, "code" + i);
                    claim.setInt(2, thread);
                    try {
                        claim.executeUpdate();
                        assertTrue(won.add("code" + i), "code" + i + " claimed twice");
                    } catch (SQLIntegrityConstraintViolationException lost) {
                        assertEquals(1062, lost.getErrorCode());
                    }
                }
            }
        });
        assertEquals(List.of(), failures);
        assertEquals(ROWS, won.size());
        try (Connection check = DriverManager.getConnection(url); Statement s = check.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT code) FROM claim")) {
            rs.next();
            assertEquals(ROWS, rs.getInt(1));
            assertEquals(ROWS, rs.getInt(2));
        }
    }
}
