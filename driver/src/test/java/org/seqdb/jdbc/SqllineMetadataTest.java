package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import sqlline.SqlLine;

/**
 * A real metadata client, sqlline, browses a seqdb database with {@code !tables} and
 * {@code !columns} (which call DatabaseMetaData.getTables and getColumns) and sees the
 * sequences typed SEQUENCE, the table typed TABLE, and the eight sequence columns.
 */
class SqllineMetadataTest {
    @Test
    void sqllineListsSequencesAndTheirColumns() throws Exception {
        String url = "jdbc:seqdb:mem:sqlline";
        try (Connection keepAlive = DriverManager.getConnection(url); Statement statement = keepAlive.createStatement()) {
            statement.execute("CREATE SEQUENCE order_ids COMMENT 'orders'");
            statement.execute("CREATE TABLE customers (id BIGINT NOT NULL)");
            String output = runSqlline(url, "!tables\n!columns order_ids\nSELECT NEXTVAL(order_ids) AS next_id;\n!quit\n");
            assertTrue(output.matches("(?s).*\\|\\s*sqlline\\s*\\|\\s*\\|\\s*order_ids\\s*\\|\\s*SEQUENCE\\s*\\|\\s*orders.*"),
                    output);
            assertTrue(output.matches("(?s).*\\|\\s*sqlline\\s*\\|\\s*\\|\\s*customers\\s*\\|\\s*TABLE\\s*\\|.*"), output);
            for (String column : new String[] {"next_not_cached_value", "minimum_value", "maximum_value",
                "start_value", "increment", "cache_size", "cycle_option", "cycle_count"}) {
                assertTrue(output.contains("| " + column), column + " missing in:\n" + output);
            }
            assertTrue(output.matches("(?s).*\\|\\s*next_id\\s*\\|.*\\|\\s*1\\s*\\|.*"), output);
        }
    }

    private static String runSqlline(String url, String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        SqlLine sqlline = new SqlLine();
        sqlline.setOutputStream(print);
        sqlline.setErrorStream(print);
        SqlLine.Status status = sqlline.begin(new String[] {"-u", url, "-n", "", "-p", "", "--color=false",
            "--maxWidth=400", "--isolation=TRANSACTION_NONE"},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false);
        assertEquals(SqlLine.Status.OK, status, out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
