package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreparedStatementTest {
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:seqdb:mem:test");
        connection.createStatement().execute("CREATE SEQUENCE s");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aPreparedNextvalRunsManyTimes() throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("SELECT NEXTVAL(s)")) {
            for (long expected = 1; expected <= 2000; expected++) {
                try (ResultSet rs = next.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(expected, rs.getLong(1));
                    assertFalse(rs.next());
                }
            }
        }
    }

    @Test
    void parametersAreBoundAsValues() throws SQLException {
        try (PreparedStatement setval = connection.prepareStatement("SELECT SETVAL(s, ?, ?, ?)")) {
            assertEquals(3, setval.getParameterMetaData().getParameterCount());
            setval.setLong(1, 100);
            setval.setBoolean(2, true);
            setval.setInt(3, 0);
            try (ResultSet rs = setval.executeQuery()) {
                rs.next();
                assertEquals(100L, rs.getObject(1));
            }
            setval.setObject(1, 50);
            try (ResultSet rs = setval.executeQuery()) {
                rs.next();
                assertNull(rs.getObject(1), "SETVAL never moves backwards");
            }
        }
        try (PreparedStatement values = connection.prepareStatement("SELECT ? AS a, ? AS b")) {
            values.setString(1, "it's");
            values.setNull(2, java.sql.Types.BIGINT);
            try (ResultSet rs = values.executeQuery()) {
                rs.next();
                assertEquals("it's", rs.getString("a"));
                assertNull(rs.getString("b"));
                assertTrue(rs.wasNull());
            }
        }
    }

    @Test
    void anUnsetParameterIsAnError() throws SQLException {
        try (PreparedStatement setval = connection.prepareStatement("SELECT SETVAL(s, ?)")) {
            SQLException e = assertThrows(SQLException.class, setval::executeQuery);
            assertEquals("07004", e.getSQLState());
            assertThrows(SQLException.class, () -> setval.setLong(2, 1));
            setval.setLong(1, 5);
            setval.clearParameters();
            assertThrows(SQLException.class, setval::executeQuery);
        }
    }

    @Test
    void badSqlFailsWhenPrepared() {
        SQLException e = assertThrows(SQLException.class, () -> connection.prepareStatement("SELEC 1"));
        assertEquals(1064, e.getErrorCode());
    }

    @Test
    void batchesBindEachRow() throws SQLException {
        try (PreparedStatement setval = connection.prepareStatement("DO SETVAL(s, ?)")) {
            setval.setLong(1, 10);
            setval.addBatch();
            setval.setLong(1, 20);
            setval.addBatch();
            assertArrayEquals(new int[] {0, 0}, setval.executeBatch());
        }
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT NEXTVAL(s)")) {
            rs.next();
            assertEquals(21, rs.getLong(1));
        }
    }

    @Test
    void sqlTextCannotBePassedToAPreparedStatement() throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("SELECT NEXTVAL(s)")) {
            assertThrows(SQLException.class, () -> next.executeQuery("SELECT 1"));
            SQLException e = assertThrows(SQLException.class, () -> next.setDate(1, null));
            assertEquals("07009", e.getSQLState());
        }
    }
}
