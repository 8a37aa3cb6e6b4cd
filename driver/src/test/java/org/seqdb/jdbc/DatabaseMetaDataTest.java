package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DatabaseMetaData as a GUI or an ORM browses it (MariaDB Connector/J's conventions). */
class DatabaseMetaDataTest {
    private Connection connection;
    private DatabaseMetaData meta;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:seqdb:mem:shop");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE order_ids COMMENT 'orders'");
            statement.execute("CREATE SEQUENCE item_ids");
            statement.execute("CREATE TABLE customers (id BIGINT NOT NULL, name VARCHAR(40))");
            statement.execute("CREATE DATABASE other");
            statement.execute("CREATE SEQUENCE other.ticket_ids");
        }
        meta = connection.getMetaData();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static List<String> column(ResultSet rs, String label) throws SQLException {
        List<String> values = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                values.add(rs.getString(label));
            }
        }
        return values;
    }

    @Test
    void databasesAreCatalogs() throws SQLException {
        assertEquals(List.of("information_schema", "other", "shop"), column(meta.getCatalogs(), "TABLE_CAT")
                .stream().filter(c -> !c.equals("mysql") && !c.equals("performance_schema")).toList());
        assertEquals("shop", connection.getCatalog());
        assertEquals(List.of(), column(meta.getSchemas(), "TABLE_SCHEM"));
        assertEquals("database", meta.getCatalogTerm());
    }

    @Test
    void tablesWithoutATypeFilterIncludeSequencesTypedSequence() throws SQLException {
        ResultSet rs = meta.getTables("shop", null, "%", null);
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
            assertEquals("shop", rs.getString("TABLE_CAT"));
            assertNull(rs.getString("TABLE_SCHEM"));
            rows.add(rs.getString("TABLE_NAME") + ":" + rs.getString("TABLE_TYPE") + ":" + rs.getString("REMARKS"));
        }
        assertEquals(List.of("item_ids:SEQUENCE:", "order_ids:SEQUENCE:orders", "customers:TABLE:"), rows);
    }

    @Test
    void aTypeFilterKeepsOnlyThoseTypes() throws SQLException {
        assertEquals(List.of("customers"),
                column(meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE", "VIEW"}),
                        "TABLE_NAME"));
        assertEquals(List.of("ticket_ids", "item_ids", "order_ids"), // by type, catalog, name
                column(meta.getTables(null, null, null, new String[] {"SEQUENCE"}), "TABLE_NAME"));
        assertEquals(List.of("order_ids"), column(meta.getTables("shop", null, "ord%", null), "TABLE_NAME"));
        assertEquals(List.of("SEQUENCE", "TABLE"), column(meta.getTableTypes(), "TABLE_TYPE"));
    }

    @Test
    void columnsDescribeTheEightSequenceColumns() throws SQLException {
        ResultSet rs = meta.getColumns("shop", null, "order_ids", "%");
        List<String> names = new ArrayList<>();
        while (rs.next()) {
            names.add(rs.getString("COLUMN_NAME"));
            assertEquals(names.size(), rs.getInt("ORDINAL_POSITION"));
            assertEquals(DatabaseMetaData.columnNoNulls, rs.getInt("NULLABLE"));
            assertEquals("NO", rs.getString("IS_NULLABLE"));
        }
        assertEquals(List.of("next_not_cached_value", "minimum_value", "maximum_value", "start_value", "increment",
                "cache_size", "cycle_option", "cycle_count"), names);
        try (ResultSet first = meta.getColumns("shop", null, "order_ids", "next_not_cached_value")) {
            assertTrue(first.next());
            assertEquals(Types.BIGINT, first.getInt("DATA_TYPE"));
            assertEquals("BIGINT", first.getString("TYPE_NAME"));
            assertFalse(first.next());
        }
        try (ResultSet cache = meta.getColumns("shop", null, "order_ids", "cache_size")) {
            assertTrue(cache.next());
            assertEquals("BIGINT UNSIGNED", cache.getString("TYPE_NAME"));
        }
        assertEquals(List.of("id", "name"), column(meta.getColumns(null, null, "customers", null), "COLUMN_NAME"));
    }

    @Test
    void keysAndIndexesAnswerEmpty() throws SQLException {
        assertFalse(meta.getPrimaryKeys("shop", null, "order_ids").next());
        assertFalse(meta.getIndexInfo("shop", null, "order_ids", false, true).next());
        assertFalse(meta.getImportedKeys("shop", null, "customers").next());
        assertFalse(meta.getExportedKeys("shop", null, "customers").next());
        assertTrue(meta.getTypeInfo().next());
        assertTrue(meta.getClientInfoProperties().next());
    }

    @Test
    void productAndIdentifierFacts() throws SQLException {
        assertEquals("seqdb", meta.getDatabaseProductName());
        assertEquals("`", meta.getIdentifierQuoteString());
        assertTrue(meta.getSQLKeywords().contains("NEXTVAL"));
        assertEquals("jdbc:seqdb:mem:shop", meta.getURL());
        assertTrue(meta.supportsMixedCaseIdentifiers());
        assertFalse(meta.storesLowerCaseIdentifiers());
        connection.setClientInfo("ApplicationName", "test");
        assertEquals("test", connection.getClientInfo("ApplicationName"));
    }
}
