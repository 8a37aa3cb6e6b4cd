package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.BatchUpdateException;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC face of tables: generated keys (AUTO_INCREMENT, and keys a sequence DEFAULT gave) as
 * MariaDB Connector/J returns them, batches, auto-commit / commit / rollback, values through
 * getObject with Connector/J's classes, ResultSetMetaData of table columns, constraint errors as
 * SQLIntegrityConstraintViolationException, and key lookups that read no other row.
 */
class TableJdbcTest {
    private static int databases;
    private String url;
    private Connection connection;
    private Statement statement;

    @BeforeEach
    void open() throws SQLException {
        url = "jdbc:seqdb:mem:tables" + databases++;
        connection = DriverManager.getConnection(url);
        statement = connection.createStatement();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private List<Object> keys(Statement source) throws SQLException {
        List<Object> keys = new ArrayList<>();
        try (ResultSet rs = source.getGeneratedKeys()) {
            ResultSetMetaData meta = rs.getMetaData();
            assertEquals("insert_id", meta.getColumnLabel(1));
            assertEquals("BIGINT UNSIGNED", meta.getColumnTypeName(1));
            while (rs.next()) {
                keys.add(rs.getObject(1));
            }
        }
        return keys;
    }

    @Test
    void autoIncrementKeysComeBackAsConnectorJGivesThem() throws SQLException {
        statement.execute("CREATE TABLE a (id BIGINT AUTO_INCREMENT PRIMARY KEY, v INT)");
        assertEquals(1, statement.executeUpdate("INSERT INTO a (v) VALUES (1)", Statement.RETURN_GENERATED_KEYS));
        assertEquals(List.of(BigInteger.ONE), keys(statement));
        assertEquals(3, statement.executeUpdate("INSERT INTO a (v) VALUES (2), (3), (4)",
                Statement.RETURN_GENERATED_KEYS));
        assertEquals(List.of(BigInteger.valueOf(2), BigInteger.valueOf(3), BigInteger.valueOf(4)), keys(statement));
        statement.executeUpdate("INSERT INTO a (v) VALUES (5)");
        SQLException notAsked = assertThrows(SQLException.class, statement::getGeneratedKeys);
        assertTrue(notAsked.getMessage().contains("RETURN_GENERATED_KEYS"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO a (v) VALUES (?)",
                new String[] {"id"})) {
            insert.setInt(1, 6);
            insert.executeUpdate();
            assertEquals(List.of(BigInteger.valueOf(6)), keys(insert));
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO a (v) VALUES (?)", new int[] {1})) {
            insert.setInt(1, 7);
            insert.executeUpdate();
            assertEquals(List.of(BigInteger.valueOf(7)), keys(insert));
        }
        try (ResultSet rs = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
            rs.next();
            assertEquals(7, rs.getLong(1));
        }
    }

    @Test
    void keysFromASequenceDefaultComeBackToo() throws SQLException {
        statement.execute("CREATE SEQUENCE s START WITH 100 INCREMENT BY 10");
        statement.execute("CREATE TABLE t (id BIGINT PRIMARY KEY DEFAULT (NEXT VALUE FOR s), name VARCHAR(10))");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t (name) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "a");
            assertEquals(1, insert.executeUpdate());
            assertEquals(List.of(BigInteger.valueOf(100)), keys(insert));
            insert.setString(1, "b");
            insert.addBatch();
            insert.setString(1, "c");
            insert.addBatch();
            assertArrayEquals(new int[] {1, 1}, insert.executeBatch());
            assertEquals(List.of(BigInteger.valueOf(110), BigInteger.valueOf(120)), keys(insert));
        }
        statement.executeUpdate("INSERT INTO t (id, name) VALUES (5, 'given')", Statement.RETURN_GENERATED_KEYS);
        assertEquals(List.of(), keys(statement));
    }

    @Test
    void batchesRunEveryStatementAndStopAtTheFirstFailure() throws SQLException {
        statement.execute("CREATE TABLE b (id INT PRIMARY KEY, v VARCHAR(5))");
        statement.addBatch("INSERT INTO b VALUES (1, 'a')");
        statement.addBatch("INSERT INTO b VALUES (2, 'b'), (3, 'c')");
        statement.addBatch("UPDATE b SET v = 'z' WHERE id > 1");
        assertArrayEquals(new int[] {1, 2, 2}, statement.executeBatch());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO b VALUES (?, ?)")) {
            for (int id : new int[] {4, 5, 4, 6}) {
                insert.setInt(1, id);
                insert.setString(2, "x");
                insert.addBatch();
            }
            BatchUpdateException e = assertThrows(BatchUpdateException.class, insert::executeBatch);
            assertEquals(1062, e.getErrorCode());
            assertEquals("23000", e.getSQLState());
            assertArrayEquals(new int[] {1, 1}, e.getUpdateCounts());
            assertInstanceOf(SQLIntegrityConstraintViolationException.class, e.getCause());
        }
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*), MAX(id) FROM b")) {
            rs.next();
            assertEquals(5, rs.getInt(1));
            assertEquals(5, rs.getInt(2));
        }
    }

    private long count(Connection on, String table) throws SQLException {
        try (Statement s = on.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void autoCommitCommitAndRollbackActOnRows() throws SQLException {
        statement.execute("CREATE SEQUENCE s");
        statement.execute("CREATE TABLE t (id BIGINT PRIMARY KEY DEFAULT NEXTVAL(s), v INT)");
        assertTrue(connection.getAutoCommit());
        try (Connection other = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            assertFalse(connection.getAutoCommit());
            statement.execute("INSERT INTO t (v) VALUES (1), (2)");
            assertEquals(2, count(connection, "t"));
            assertEquals(0, count(other, "t"), "another connection sees no uncommitted row");
            connection.commit();
            assertEquals(2, count(other, "t"));
            statement.execute("DELETE FROM t WHERE v = 1");
            statement.execute("INSERT INTO t (v) VALUES (3)");
            connection.rollback();
            assertEquals(2, count(connection, "t"));
            statement.execute("INSERT INTO t (v) VALUES (4)");
            connection.setAutoCommit(true);
            assertEquals(3, count(other, "t"), "turning auto-commit on commits");
            statement.execute("SET autocommit = 0");
            assertFalse(connection.getAutoCommit());
            statement.execute("INSERT INTO t (v) VALUES (5)");
            connection.rollback();
            statement.execute("SET autocommit = 1");
            assertTrue(connection.getAutoCommit());
        }
        assertEquals(3, count(connection, "t"));
        try (ResultSet rs = statement.executeQuery("SELECT NEXTVAL(s)")) {
            rs.next();
            assertEquals(6, rs.getLong(1), "rolled-back inserts do not give sequence values back");
        }
    }

    @Test
    void aFailingStatementInATransactionUndoesOnlyItself() throws SQLException {
        statement.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        connection.setAutoCommit(false);
        statement.execute("INSERT INTO t VALUES (1)");
        SQLException e = assertThrows(SQLIntegrityConstraintViolationException.class,
                () -> statement.execute("INSERT INTO t VALUES (2), (3), (1)"));
        assertEquals("Duplicate entry '1' for key 'PRIMARY'", e.getMessage());
        connection.commit();
        connection.setAutoCommit(true);
        assertEquals(1, count(connection, "t"));
    }

    @Test
    void valuesKeepTheirTypesThroughGetObject() throws SQLException {
        statement.execute("CREATE TABLE v (id BIGINT PRIMARY KEY, i INT, s SMALLINT, name VARCHAR(10), price DECIMAL(8,2),"
                + " f FLOAT, d DOUBLE, flag BOOLEAN, bit1 BIT, at DATETIME(3), day DATE, bytes VARBINARY(8), doc BLOB,"
                + " big BIGINT UNSIGNED)");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, 1);
            insert.setInt(2, 7);
            insert.setShort(3, (short) 3);
            insert.setString(4, "name");
            insert.setBigDecimal(5, new BigDecimal("12.5"));
            insert.setFloat(6, 1.5f);
            insert.setDouble(7, 0.1);
            insert.setBoolean(8, true);
            insert.setBoolean(9, true);
            insert.setTimestamp(10, Timestamp.valueOf("2024-01-02 03:04:05.678"));
            insert.setObject(11, LocalDate.of(2024, 2, 29));
            insert.setBytes(12, new byte[] {1, 2, 3});
            insert.setBytes(13, new byte[] {9});
            insert.setObject(14, new BigInteger("18446744073709551615"));
            insert.executeUpdate();
        }
        try (ResultSet rs = statement.executeQuery("SELECT * FROM v WHERE id = 1")) {
            assertTrue(rs.next());
            assertEquals(1L, rs.getObject("id"));
            assertEquals(7, rs.getObject("i"));
            assertEquals((short) 3, rs.getObject("s"));
            assertEquals("name", rs.getObject("name"));
            assertEquals(new BigDecimal("12.50"), rs.getObject("price"));
            assertEquals(1.5f, rs.getObject("f"));
            assertEquals(0.1, rs.getObject("d"));
            assertEquals(Boolean.TRUE, rs.getObject("flag"));
            assertEquals(Boolean.TRUE, rs.getObject("bit1"));
            assertEquals(Timestamp.valueOf("2024-01-02 03:04:05.678"), rs.getObject("at"));
            assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000), rs.getObject("at", LocalDateTime.class));
            assertEquals("2024-01-02 03:04:05.678000", rs.getString("at"));
            assertEquals(java.sql.Date.valueOf("2024-02-29"), rs.getObject("day"));
            assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) rs.getObject("bytes"));
            assertArrayEquals(new byte[] {9}, ((Blob) rs.getObject("doc")).getBytes(1, 1));
            assertArrayEquals(new byte[] {9}, rs.getBytes("doc"));
            assertEquals(new BigInteger("18446744073709551615"), rs.getObject("big"));
            ResultSetMetaData meta = rs.getMetaData();
            assertEquals(Types.BIGINT, meta.getColumnType(1));
            assertEquals("BIGINT", meta.getColumnTypeName(1));
            assertEquals(ResultSetMetaData.columnNoNulls, meta.isNullable(1));
            assertEquals("VARCHAR", meta.getColumnTypeName(4));
            assertEquals(10, meta.getPrecision(4));
            assertEquals(Types.DECIMAL, meta.getColumnType(5));
            assertEquals(8, meta.getPrecision(5));
            assertEquals(2, meta.getScale(5));
            assertEquals(Types.BOOLEAN, meta.getColumnType(8));
            assertEquals("BOOLEAN", meta.getColumnTypeName(8));
            assertEquals(Types.TIMESTAMP, meta.getColumnType(10));
            assertEquals(3, meta.getScale(10));
            assertEquals("v", meta.getTableName(1));
            assertFalse(meta.isAutoIncrement(1));
            assertFalse(meta.isReadOnly(1));
        }
        try (ResultSet rs = statement.executeQuery("SELECT name FROM v WHERE id = 2")) {
            assertFalse(rs.next());
        }
    }

    /** Hibernate reads an Instant with getTimestamp(column, calendar): by index and by label alike. */
    @Test
    void aCalendarMovesATimestampTheSameByIndexAndByLabel() throws SQLException {
        statement.execute("CREATE TABLE ts (id INT PRIMARY KEY, at DATETIME(6))");
        statement.execute("INSERT INTO ts VALUES (1, '2024-01-02 03:04:05.678')");
        // a zone that is nobody's default here, so that a getter ignoring the calendar is caught
        java.util.Calendar newYork = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("America/New_York"));
        try (ResultSet rs = statement.executeQuery("SELECT at FROM ts")) {
            assertTrue(rs.next());
            Timestamp byIndex = rs.getTimestamp(1, newYork);
            assertEquals(java.time.Instant.parse("2024-01-02T08:04:05.678Z"), byIndex.toInstant());
            assertEquals(byIndex, rs.getTimestamp("at", newYork));
        }
    }

    @Test
    void constraintErrorsAreIntegrityViolations() throws SQLException {
        statement.execute("CREATE TABLE c (id INT PRIMARY KEY, v VARCHAR(2) NOT NULL, n INT NOT NULL)");
        statement.execute("INSERT INTO c VALUES (1, 'a', 1)");
        SQLException duplicate = assertThrows(SQLIntegrityConstraintViolationException.class,
                () -> statement.execute("INSERT INTO c VALUES (1, 'b', 2)"));
        assertEquals(1062, duplicate.getErrorCode());
        assertEquals("23000", duplicate.getSQLState());
        SQLException isNull = assertThrows(SQLIntegrityConstraintViolationException.class,
                () -> statement.execute("INSERT INTO c VALUES (2, NULL, 2)"));
        assertEquals(1048, isNull.getErrorCode());
        assertEquals("Column 'v' cannot be null", isNull.getMessage());
        SQLException tooLong = assertThrows(SQLDataException.class,
                () -> statement.execute("INSERT INTO c VALUES (2, 'abc', 2)"));
        assertEquals(1406, tooLong.getErrorCode());
        assertEquals("22001", tooLong.getSQLState());
        SQLException noDefault = assertThrows(SQLException.class, () -> statement.execute("INSERT INTO c (id, v) VALUES (2, 'x')"));
        assertEquals(1364, noDefault.getErrorCode());
        assertEquals("HY000", noDefault.getSQLState());
        assertNull(statement.getWarnings(), "a failed statement leaves no warnings");
    }

    private long status(String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SHOW SESSION STATUS LIKE '" + name + "'")) {
            assertTrue(rs.next());
            return Long.parseLong(rs.getString(2));
        }
    }

    @Test
    void primaryKeyLookupsReadNoOtherRow() throws SQLException {
        statement.execute("CREATE TABLE k (id BIGINT PRIMARY KEY, code VARCHAR(10) UNIQUE, v INT)");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO k VALUES (?, ?, ?)")) {
            for (int i = 1; i <= 500; i++) {
                insert.setInt(1, i);
                insert.setString(2, "c" + i);
                insert.setInt(3, i % 7);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long scannedBefore = status("Handler_read_rnd_next");
        try (PreparedStatement find = connection.prepareStatement("SELECT i1_0.id, i1_0.v FROM k i1_0 WHERE i1_0.id = ?");
             PreparedStatement update = connection.prepareStatement("UPDATE k SET v = v + 1 WHERE id = ?");
             PreparedStatement byCode = connection.prepareStatement("SELECT id FROM k WHERE code = ? AND v >= 0");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM k WHERE id IN (?, ?)")) {
            find.setLong(1, 250);
            try (ResultSet rs = find.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(250, rs.getLong(1));
            }
            update.setLong(1, 250);
            assertEquals(1, update.executeUpdate());
            byCode.setString(1, "c42");
            try (ResultSet rs = byCode.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(42, rs.getLong(1));
            }
            delete.setLong(1, 1);
            delete.setLong(2, 2);
            assertEquals(2, delete.executeUpdate());
        }
        assertEquals(scannedBefore, status("Handler_read_rnd_next"), "key lookups scanned rows");
        statement.executeQuery("SELECT COUNT(*) FROM k WHERE v = 3").close();
        assertEquals(scannedBefore + 498, status("Handler_read_rnd_next"), "a scan reads every row once");
    }
}
