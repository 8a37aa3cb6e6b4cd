package org.seqdb.hibernate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database the same Hibernate program runs on: a fresh seqdb file, or (with
 * {@code -Dseqdb.oracle=jdbc:mariadb://host:port/db?user=..&password=..}) a freshly created
 * database on that MariaDB server, so every expectation in these tests is checked against
 * what MariaDB itself does.
 */
record Target(String name, String url, boolean mariaDb) {

    /** A fresh seqdb database, and a fresh MariaDB one when an oracle is configured. */
    static List<Target> all(Path directory) throws SQLException {
        List<Target> targets = new ArrayList<>();
        targets.add(seqdb(directory));
        Target oracle = oracle();
        if (oracle != null) {
            targets.add(oracle);
        }
        return targets;
    }

    private static final AtomicInteger FILES = new AtomicInteger();

    /** A new seqdb file under {@code directory}. */
    static Target seqdb(Path directory) {
        Path file = directory.resolve("hibernate" + FILES.incrementAndGet());
        return new Target("seqdb", "jdbc:seqdb:" + file.toAbsolutePath(), false);
    }

    /** The oracle's server with an empty database of this module's own (see the surefire configuration). */
    static Target oracle() throws SQLException {
        String url = property("seqdb.oracle");
        if (url == null) {
            return null;
        }
        String database = property("seqdb.oracleDatabase");
        database = database == null ? "seqdb_hibernate" : database;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String options = query < 0 ? "" : url.substring(query);
        return new Target("MariaDB", base.substring(0, base.lastIndexOf('/') + 1) + database + options, true);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** A system property, or null when unset (surefire passes unset ones as "" or as "${...}"). */
    static String property(String key) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() || value.startsWith("${") ? null : value;
    }

    @Override
    public String toString() {
        return name;
    }
}
