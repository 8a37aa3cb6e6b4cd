package org.seqdb.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Restores a real {@code mariadb-dump --databases shop} of three sequences (made from the
 * MariaDB 10.11 oracle and checked in as test data) and checks the sequences are in the
 * state MariaDB restores them to. With {@code -Dseqdb.oracle} the same dump is restored on
 * the oracle and its answers must equal the expected ones too.
 */
class DumpRestoreTest {
    /** What the oracle shows after restoring the dump: each sequence's row, then one NEXTVAL of each. */
    private static final List<String> EXPECTED = List.of(
            "down_ids: -3 -1000 -1 -1 -2 0 1 0",
            "order_ids: 1100 1 9223372036854775806 1000 5 20 0 0",
            "plain: 1001 1 9223372036854775806 1 1 1000 0 0",
            "nextval: -3 1100 1001");

    @Test
    void aMariaDbDumpRestoresTheSequencesInTheirState() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:mem:restore")) {
            assertEquals(EXPECTED, restoreAndRead(connection));
        }
    }

    @Test
    void theOracleRestoresTheSameDumpToTheSameState() throws Exception {
        String oracle = System.getProperty("seqdb.oracle", "");
        Assumptions.assumeTrue(oracle.startsWith("jdbc:"), "no oracle (-Dseqdb.oracle) configured");
        try (Connection connection = DriverManager.getConnection(oracle)) {
            try {
                assertEquals(EXPECTED, restoreAndRead(connection));
            } finally {
                connection.createStatement().execute("DROP DATABASE IF EXISTS shop");
            }
        }
    }

    private static List<String> restoreAndRead(Connection connection) throws IOException, SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(dump())) {
                statement.execute(sql);
            }
            List<String> seen = new ArrayList<>();
            for (String sequence : List.of("down_ids", "order_ids", "plain")) {
                try (ResultSet rs = statement.executeQuery("SELECT * FROM shop." + sequence)) {
                    rs.next();
                    StringBuilder row = new StringBuilder(sequence).append(':');
                    for (int i = 1; i <= 8; i++) {
                        row.append(' ').append(rs.getString(i));
                    }
                    seen.add(row.toString());
                }
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT NEXTVAL(shop.down_ids), NEXTVAL(shop.order_ids), NEXTVAL(shop.plain)")) {
                rs.next();
                seen.add("nextval: " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
            return seen;
        }
    }

    private static String dump() throws IOException {
        try (InputStream in = DumpRestoreTest.class.getResourceAsStream("/dumps/shop.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a dump as the mariadb client does for it: a statement ends with ';' at the end of a line. */
    static List<String> statements(String dump) {
        List<String> statements = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (pending.length() == 0 && (line.isBlank() || line.startsWith("-- ") || line.equals("--"))) {
                continue;
            }
            pending.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String text = pending.toString().strip();
                statements.add(text.substring(0, text.length() - 1));
                pending.setLength(0);
            }
        }
        if (!pending.toString().isBlank()) {
            statements.add(pending.toString().strip());
        }
        return statements;
    }
}
