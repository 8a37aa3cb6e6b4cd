package org.seqdb.examples;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * seqdb's main job in a few lines: open (or create) a database file, make sure a sequence
 * exists, take values from it, and show what is stored. Run it twice: the second run goes
 * on after the first one's values, skipping the rest of the cache block, as MariaDB does.
 *
 * <pre>mvn -q -pl examples exec:java                       # uses jdbc:seqdb:./demo
 * mvn -q -pl examples exec:java -Dexec.args="jdbc:seqdb:/tmp/other"</pre>
 */
public final class QuickStart {
    private QuickStart() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args.length > 0 ? args[0] : "jdbc:seqdb:./demo";
        // no Class.forName: DriverManager finds seqdb through META-INF/services
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            System.out.println("Connected to " + url + " (database " + connection.getCatalog() + ")");
            statement.execute("CREATE SEQUENCE IF NOT EXISTS order_ids START WITH 1000 INCREMENT BY 1 CACHE 10");
            try (PreparedStatement next = connection.prepareStatement("SELECT NEXT VALUE FOR order_ids")) {
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < 5; i++) {
                    try (ResultSet rs = next.executeQuery()) {
                        rs.next();
                        values.append(i == 0 ? "" : ", ").append(rs.getLong(1));
                    }
                }
                System.out.println("NEXT VALUE FOR order_ids gave: " + values);
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT next_not_cached_value, cache_size, cycle_count FROM order_ids")) {
                rs.next();
                System.out.println("Stored row: next_not_cached_value=" + rs.getLong(1) + " cache_size="
                        + rs.getLong(2) + " cycle_count=" + rs.getLong(3)
                        + " (values below next_not_cached_value are never handed out again, even after a crash)");
            }
            try (ResultSet rs = statement.executeQuery("SELECT PREVIOUS VALUE FOR order_ids")) {
                rs.next();
                System.out.println("PREVIOUS VALUE FOR order_ids in this connection: " + rs.getLong(1));
            }
        }
    }
}
