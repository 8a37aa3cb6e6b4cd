package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Statement surface; the MariaDB texts asserted here were checked on MariaDB 10.11 (the oracle). */
class StatementTest {
    private Connection connection;
    private Statement statement;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:seqdb:mem:test");
        statement = connection.createStatement();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void executeTellsRowsFromUpdateCounts() throws SQLException {
        assertFalse(statement.execute("CREATE SEQUENCE s"));
        assertEquals(0, statement.getUpdateCount());
        assertNull(statement.getResultSet());
        assertTrue(statement.execute("SELECT NEXTVAL(s)"));
        assertEquals(-1, statement.getUpdateCount());
        ResultSet rs = statement.getResultSet();
        assertTrue(rs.next());
        assertEquals(1L, rs.getObject(1));
        assertFalse(statement.getMoreResults());
        assertTrue(rs.isClosed());
        assertEquals(-1, statement.getUpdateCount());
    }

    @Test
    void executeQueryOfAStatementWithoutRowsIsAnError() {
        SQLException e = assertThrows(SQLException.class, () -> statement.executeQuery("CREATE SEQUENCE s"));
        assertTrue(e.getMessage().contains("did not return a result set"), e.getMessage());
    }

    @Test
    void errorsCarryMariaDbCodeStateAndMessageInTheFittingSubclass() throws SQLException {
        SQLException syntax = assertThrows(SQLException.class, () -> statement.execute("CREATE SEQUENCE"));
        assertInstanceOf(SQLSyntaxErrorException.class, syntax);
        assertEquals(1064, syntax.getErrorCode());
        assertEquals("42000", syntax.getSQLState());
        assertEquals("You have an error in your SQL syntax; check the manual that corresponds to your MariaDB "
                + "server version for the right syntax to use near '' at line 1", syntax.getMessage());

        statement.execute("CREATE SEQUENCE s MAXVALUE 2");
        statement.execute("DO NEXTVAL(s), NEXTVAL(s)");
        SQLException runOut = assertThrows(SQLException.class, () -> statement.execute("SELECT NEXTVAL(s)"));
        assertEquals(4084, runOut.getErrorCode());
        assertEquals("HY000", runOut.getSQLState());
        assertEquals("Sequence 'test.s' has run out", runOut.getMessage());

        SQLException range = assertThrows(SQLException.class,
                () -> statement.executeQuery("SELECT 9223372036854775807 + 1"));
        assertInstanceOf(SQLDataException.class, range);
        assertEquals(1690, range.getErrorCode());
        assertEquals("BIGINT value is out of range in '9223372036854775807 + 1'", range.getMessage());
    }

    @Test
    void notesOfIfExistsReachGetWarningsAndShowWarnings() throws SQLException {
        statement.execute("DROP SEQUENCE IF EXISTS nope");
        SQLWarning warning = statement.getWarnings();
        assertEquals(4091, warning.getErrorCode());
        assertEquals("Unknown SEQUENCE: 'test.nope'", warning.getMessage());
        assertNull(warning.getNextWarning());
        try (ResultSet rs = statement.executeQuery("SHOW WARNINGS")) {
            assertTrue(rs.next());
            assertEquals("Note", rs.getString("Level"));
            assertEquals(4091, rs.getInt("Code"));
            assertEquals("Unknown SEQUENCE: 'test.nope'", rs.getString("Message"));
        }
        statement.execute("CREATE SEQUENCE s");
        assertNull(statement.getWarnings());
        statement.execute("DROP SEQUENCE IF EXISTS nope");
        statement.clearWarnings();
        assertNull(statement.getWarnings());
    }

    @Test
    void batchesRunInOrderAndStopAtTheFirstFailure() throws SQLException {
        statement.addBatch("CREATE SEQUENCE a");
        statement.addBatch("CREATE SEQUENCE b");
        assertArrayEquals(new int[] {0, 0}, statement.executeBatch());
        statement.addBatch("DROP SEQUENCE a");
        statement.addBatch("DROP SEQUENCE a");
        statement.addBatch("DROP SEQUENCE b");
        BatchUpdateException e = assertThrows(BatchUpdateException.class, statement::executeBatch);
        assertEquals(4091, e.getErrorCode());
        assertArrayEquals(new int[] {0}, e.getUpdateCounts());
        assertEquals(0, statement.executeBatch().length);
    }

    @Test
    void maxRowsLimitsTheRowsSeen() throws SQLException {
        statement.setMaxRows(2);
        try (ResultSet rs = statement.executeQuery("SELECT * FROM seq_1_to_5")) {
            assertTrue(rs.next());
            assertTrue(rs.next());
            assertFalse(rs.next());
        }
    }

    @Test
    void closingTheConnectionClosesItsStatementsAndResults() throws SQLException {
        ResultSet rs = statement.executeQuery("SELECT 1");
        connection.close();
        assertTrue(statement.isClosed());
        assertTrue(rs.isClosed());
        SQLException e = assertThrows(SQLException.class, () -> statement.execute("SELECT 1"));
        assertEquals("08003", e.getSQLState());
        assertThrows(SQLException.class, () -> rs.next());
    }

    @Test
    void unsupportedFeaturesSaySo() {
        assertThrows(SQLFeatureNotSupportedException.class, () -> statement.setCursorName("c"));
        assertThrows(SQLFeatureNotSupportedException.class, () -> connection.prepareCall("CALL p()"));
        assertThrows(SQLFeatureNotSupportedException.class, () -> connection.setSavepoint());
        assertThrows(SQLFeatureNotSupportedException.class, connection::createClob);
        assertThrows(SQLFeatureNotSupportedException.class,
                () -> connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE));
    }

    @Test
    void catalogIsTheCurrentDatabase() throws SQLException {
        statement.execute("CREATE DATABASE other");
        connection.setCatalog("other");
        assertEquals("other", connection.getCatalog());
        try (ResultSet rs = statement.executeQuery("SELECT DATABASE()")) {
            rs.next();
            assertEquals("other", rs.getString(1));
        }
        SQLException e = assertThrows(SQLException.class, () -> connection.setCatalog("missing"));
        assertEquals(1049, e.getErrorCode());
        assertEquals("Unknown database 'missing'", e.getMessage());
        statement.execute("USE test");
        assertEquals("test", connection.getCatalog());
        assertNull(connection.getSchema());
    }

    @Test
    void sequencesIgnoreRollbackAsInMariaDb() throws SQLException {
        statement.execute("CREATE SEQUENCE s");
        connection.setAutoCommit(false);
        statement.execute("DO NEXTVAL(s)");
        connection.rollback();
        try (ResultSet rs = statement.executeQuery("SELECT NEXTVAL(s)")) {
            rs.next();
            assertEquals(2, rs.getLong(1));
        }
    }
}
