package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Getters, types and labels; labels and Java classes as MariaDB Connector/J gives them on the oracle. */
class ResultSetTest {
    private Connection connection;
    private Statement statement;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:seqdb:mem:test");
        statement = connection.createStatement();
        statement.execute("CREATE SEQUENCE s START WITH 5 CACHE 10 COMMENT 'ids'");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void theSequenceRowHasItsEightColumns() throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT * FROM s")) {
            ResultSetMetaData meta = rs.getMetaData();
            assertEquals(8, meta.getColumnCount());
            String[] labels = {"next_not_cached_value", "minimum_value", "maximum_value", "start_value",
                "increment", "cache_size", "cycle_option", "cycle_count"};
            for (int i = 0; i < labels.length; i++) {
                assertEquals(labels[i], meta.getColumnLabel(i + 1));
            }
            assertEquals("s", meta.getTableName(1));
            assertEquals("test", meta.getCatalogName(1));
            assertEquals(Types.BIGINT, meta.getColumnType(1));
            assertTrue(rs.next());
            assertEquals(5L, rs.getObject("next_not_cached_value"));
            assertEquals(9223372036854775806L, rs.getLong("maximum_value"));
            assertEquals(10, rs.getInt("cache_size"));
            assertFalse(rs.next());
        }
    }

    @Test
    void valuesComeBackWithTheirJavaTypes() throws SQLException {
        try (ResultSet rs = statement.executeQuery(
                "SELECT NEXTVAL(s) AS n, 'text' AS t, NULL AS z, 10 / 4 AS d, LASTVAL(s)")) {
            assertTrue(rs.next());
            assertInstanceOf(Long.class, rs.getObject("n"));
            assertEquals(5L, rs.getObject(1));
            assertEquals("text", rs.getObject("T"));
            assertNull(rs.getObject("z"));
            assertTrue(rs.wasNull());
            assertEquals(0, rs.getLong("z"));
            assertTrue(rs.wasNull());
            assertEquals(new BigDecimal("2.5000"), rs.getObject("d"));
            assertEquals("2.5000", rs.getString("d"));
            assertEquals(5, rs.getInt(5));
            assertEquals("LASTVAL(s)", rs.getMetaData().getColumnLabel(5));
            assertEquals(Integer.valueOf(5), rs.getObject(1, Integer.class));
            assertEquals("5", rs.getObject(1, String.class));
        }
    }

    @Test
    void aValueThatDoesNotFitIsADataError() throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT 9223372036854775807 AS big, 'abc' AS word")) {
            rs.next();
            assertThrows(SQLDataException.class, () -> rs.getInt("big"));
            assertThrows(SQLDataException.class, () -> rs.getLong("word"));
            assertEquals(Long.MAX_VALUE, rs.getLong("big"));
        }
    }

    @Test
    void misuseIsReported() throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT 1 AS one")) {
            assertThrows(SQLException.class, () -> rs.getInt(1), "before the first row");
            rs.next();
            assertThrows(SQLException.class, () -> rs.getInt(2));
            assertThrows(SQLException.class, () -> rs.getInt("two"));
            assertThrows(SQLException.class, rs::previous);
            assertEquals(1, rs.getRow());
            assertTrue(rs.isLast());
        }
    }
}
