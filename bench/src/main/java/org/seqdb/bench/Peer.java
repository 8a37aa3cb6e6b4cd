package org.seqdb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One database in the comparison, embedded and file-backed, with its own syntax for making
 * a sequence and taking values. The {@code _safe} settings are the ones that keep sequence
 * values unique across a killed process where the default does not (H2: WRITE_DELAY=0;
 * HSQLDB: no write delay); seqdb and Derby are safe by default, {@code seqdb_sync} also
 * fsyncs (power-loss safe).
 */
public enum Peer {
    seqdb("jdbc:seqdb:%s/db", "", "CREATE SEQUENCE %1$s CACHE 1000", "CREATE SEQUENCE %1$s NOCACHE",
            "SELECT NEXTVAL(%1$s)", "SELECT NEXTVAL(%1$s) FROM seq_1_to_1000"),
    seqdb_sync("jdbc:seqdb:%s/db?durability=sync", "", "CREATE SEQUENCE %1$s CACHE 1000", "CREATE SEQUENCE %1$s NOCACHE",
            "SELECT NEXTVAL(%1$s)", "SELECT NEXTVAL(%1$s) FROM seq_1_to_1000"),
    h2("jdbc:h2:%s/db", "", "CREATE SEQUENCE %1$s CACHE 1000", "CREATE SEQUENCE %1$s NO CACHE",
            "SELECT NEXT VALUE FOR %1$s", "SELECT NEXT VALUE FOR %1$s FROM SYSTEM_RANGE(1, 1000)"),
    h2_safe("jdbc:h2:%s/db;WRITE_DELAY=0", "", "CREATE SEQUENCE %1$s CACHE 1000", "CREATE SEQUENCE %1$s NO CACHE",
            "SELECT NEXT VALUE FOR %1$s", "SELECT NEXT VALUE FOR %1$s FROM SYSTEM_RANGE(1, 1000)"),
    hsqldb("jdbc:hsqldb:file:%s/db", "SHUTDOWN", "CREATE SEQUENCE %1$s", "CREATE SEQUENCE %1$s",
            "CALL NEXT VALUE FOR %1$s", "SELECT NEXT VALUE FOR %1$s FROM UNNEST(SEQUENCE_ARRAY(1, 1000, 1))"),
    hsqldb_safe("jdbc:hsqldb:file:%s/db;hsqldb.write_delay=false", "SHUTDOWN", "CREATE SEQUENCE %1$s",
            "CREATE SEQUENCE %1$s", "CALL NEXT VALUE FOR %1$s",
            "SELECT NEXT VALUE FOR %1$s FROM UNNEST(SEQUENCE_ARRAY(1, 1000, 1))"),
    /** Derby's cache is the derby.language.sequence.preallocator system property, set per scenario. */
    derby("jdbc:derby:%s/db;create=true", null, "CREATE SEQUENCE %1$s", "CREATE SEQUENCE %1$s",
            "VALUES NEXT VALUE FOR %1$s", null);

    /** The SQL templates below name their sequence {@code %1$s}. */
    private final String urlTemplate;
    private final String shutdownSql;
    private final String createCached;
    private final String createUncached;
    private final String nextValue;
    private final String thousandValues;

    Peer(String urlTemplate, String shutdownSql, String createCached, String createUncached, String nextValue,
         String thousandValues) {
        this.urlTemplate = urlTemplate;
        this.shutdownSql = shutdownSql;
        this.createCached = createCached;
        this.createUncached = createUncached;
        this.nextValue = nextValue;
        this.thousandValues = thousandValues;
    }

    public String url(Path directory) {
        return String.format(Locale.ROOT, urlTemplate, directory.toAbsolutePath());
    }

    /** Takes one value of sequence {@code s}. */
    public String nextValueSql() {
        return nextValueSql("s");
    }

    /** Takes one value of the sequence {@code name}. */
    public String nextValueSql(String name) {
        return String.format(Locale.ROOT, nextValue, name);
    }

    /** One statement that takes 1000 values, or null if the peer has no row generator for it. */
    public String thousandValuesSql() {
        return thousandValues == null ? null : String.format(Locale.ROOT, thousandValues, "s");
    }

    /** Creates sequence {@code s}, cached (1000 values per block where the peer lets one say so) or not. */
    public void createSequence(Connection connection, boolean cached) throws SQLException {
        createSequence(connection, cached, "s");
    }

    /** Creates the sequence {@code name}, cached or not. */
    public void createSequence(Connection connection, boolean cached, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(String.format(Locale.ROOT, cached ? createCached : createUncached, name));
        }
    }

    /** Derby reads its sequence cache size from a system property when the database boots. */
    public void configure(boolean cached) {
        if (this == derby) {
            System.setProperty("derby.language.sequence.preallocator", cached ? "1000" : "1");
        }
    }

    /** Closes the database as the peer wants it closed, so the next trial starts clean. */
    public void shutdown(Connection open, Path directory) throws SQLException {
        if (shutdownSql != null && !shutdownSql.isEmpty()) {
            try (Statement statement = open.createStatement()) {
                statement.execute(shutdownSql);
            }
        }
        open.close();
        if (this == derby) {
            try {
                DriverManager.getConnection(url(directory).replace(";create=true", "") + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean database shutdown as SQLState 08006
            }
        }
    }

    public static Path freshDirectory(Peer peer) throws IOException {
        Path root = Path.of("target", "bench-data");
        Files.createDirectories(root);
        Path directory = Files.createTempDirectory(root, peer.name() + "-");
        return directory;
    }

    public static void delete(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
