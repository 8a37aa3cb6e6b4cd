package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transaction isolation through JDBC as MariaDB Connector/J gives it: REPEATABLE READ by default,
 * setTransactionIsolation / getTransactionIsolation through the session's tx_isolation (also
 * readable as transaction_isolation, MariaDB 11.1's name), and the levels' behaviour seen from a
 * second connection: a repeatable read keeps its snapshot until it commits, READ COMMITTED sees
 * each commit.
 */
class IsolationJdbcTest {
    private static int databases;
    private String url;
    private Connection first;
    private Connection second;

    @BeforeEach
    void open() throws SQLException {
        url = "jdbc:seqdb:mem:isolation" + databases++;
        first = DriverManager.getConnection(url);
        second = DriverManager.getConnection(url);
        first.createStatement().execute("CREATE TABLE t (id INT PRIMARY KEY, v INT)");
        first.createStatement().execute("INSERT INTO t VALUES (1, 1)");
    }

    @AfterEach
    void close() throws SQLException {
        first.close();
        second.close();
    }

    @Test
    void levelsAreSetAndReadAsConnectorJDoes() throws SQLException {
        DatabaseMetaData meta = first.getMetaData();
        assertEquals(Connection.TRANSACTION_REPEATABLE_READ, meta.getDefaultTransactionIsolation());
        assertTrue(meta.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE));
        assertFalse(meta.supportsTransactionIsolationLevel(Connection.TRANSACTION_NONE));
        assertEquals(Connection.TRANSACTION_REPEATABLE_READ, first.getTransactionIsolation());
        first.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, first.getTransactionIsolation());
        assertEquals("READ-COMMITTED", value(first, "SELECT @@tx_isolation"));
        assertEquals("READ-COMMITTED", value(first, "SELECT @@transaction_isolation"));
        first.createStatement().execute("SET transaction_isolation = 'SERIALIZABLE'");
        assertEquals(Connection.TRANSACTION_SERIALIZABLE, first.getTransactionIsolation());
        assertEquals(Connection.TRANSACTION_REPEATABLE_READ, second.getTransactionIsolation());
        assertThrows(SQLException.class, () -> first.setTransactionIsolation(Connection.TRANSACTION_NONE));
    }

    @Test
    void aRepeatableReadKeepsItsSnapshotUntilItCommits() throws SQLException {
        first.setAutoCommit(false);
        assertEquals(1L, count(first));
        second.createStatement().execute("INSERT INTO t VALUES (2, 2)");
        second.createStatement().execute("UPDATE t SET v = 10 WHERE id = 1");
        assertEquals(1L, count(first));
        assertEquals(1L, value(first, "SELECT v FROM t WHERE id = 1"));
        first.commit();
        assertEquals(2L, count(first));
        assertEquals(10L, value(first, "SELECT v FROM t WHERE id = 1"));
    }

    @Test
    void readCommittedSeesEachCommit() throws SQLException {
        first.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        first.setAutoCommit(false);
        assertEquals(1L, count(first));
        second.createStatement().execute("INSERT INTO t VALUES (2, 2)");
        assertEquals(2L, count(first));
        first.commit();
    }

    private static long count(Connection connection) throws SQLException {
        return ((Number) value(connection, "SELECT COUNT(*) FROM t")).longValue();
    }

    private static Object value(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            Object value = rs.getObject(1);
            return value instanceof Integer i ? (Object) i.longValue() : value;
        }
    }
}
