package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Update counts, which the script transcripts do not show: INSERT ... ON DUPLICATE KEY UPDATE
 * counts 1 for a row inserted, 2 for a row changed and 1 for a row found and left as it was
 * (Connector/J asks MariaDB for found rows). Run on seqdb, and on MariaDB too when
 * {@code -Dseqdb.oracle=<jdbc url>} is given (as ./test.sh and CI give it), with the same expectations.
 */
class UpdateCountsTest {
    static List<String> urls() {
        List<String> urls = new ArrayList<>(List.of("jdbc:seqdb:mem:counts"));
        String oracle = System.getProperty("seqdb.oracle");
        if (oracle != null && !oracle.isBlank() && !oracle.startsWith("${")) {
            urls.add(oracle);
        }
        return urls;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void onDuplicateKeyUpdateCountsInsertedChangedAndFoundRows(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS odku_counts");
            s.execute("CREATE TABLE odku_counts (name VARCHAR(20) PRIMARY KEY, hits INT NOT NULL DEFAULT 0)");
            try {
                String insert = "INSERT INTO odku_counts (name, hits) VALUES ";
                assertEquals(1, s.executeUpdate(insert + "('a', 1) ON DUPLICATE KEY UPDATE hits = hits + 1"));
                assertEquals(2, s.executeUpdate(insert + "('a', 1) ON DUPLICATE KEY UPDATE hits = hits + 1"));
                assertEquals(1, s.executeUpdate(insert + "('a', 1) ON DUPLICATE KEY UPDATE hits = hits"));
                assertEquals(4, s.executeUpdate(insert + "('a', 5), ('b', 7), ('c', 1) "
                        + "ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits)"));
                assertEquals(2, s.executeUpdate(insert + "('a', 5), ('b', 7) ON DUPLICATE KEY UPDATE hits = hits"));
            } finally {
                s.execute("DROP TABLE odku_counts");
            }
        }
    }
}
