package org.seqdb.scripts;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a script over plain JDBC against one URL (seqdb or MariaDB) and writes the
 * transcript as mysqltest would: each statement, then its rows (labels and values
 * separated by tabs, NULL for null) or {@code ERROR code (SQLSTATE): message}, then
 * {@code Warnings:} and SHOW WARNINGS' rows when the statement left any.
 */
final class ScriptRunner {
    /** MariaDB Connector/J puts "(conn=N) " before the server's message; it is not part of MariaDB's text. */
    private static final java.util.regex.Pattern CONNECTION_PREFIX = java.util.regex.Pattern.compile("^\\(conn=\\d+\\) ");

    private final String url;

    ScriptRunner(String url) {
        this.url = url;
    }

    String run(Script script) throws SQLException {
        StringBuilder out = new StringBuilder();
        Map<String, Connection> connections = new LinkedHashMap<>();
        boolean showTypes = false;
        try {
            Connection current = open(connections, "default");
            for (Script.Step step : script.steps()) {
                if (step instanceof Script.Connect c) {
                    current = open(connections, c.connection());
                } else if (step instanceof Script.SwitchTo s) {
                    current = connections.get(s.connection());
                    if (current == null) {
                        throw new IllegalStateException(script.name() + ": no connection " + s.connection());
                    }
                } else if (step instanceof Script.Disconnect d) {
                    Connection closed = connections.remove(d.connection());
                    if (closed != null) {
                        closed.close();
                    }
                } else if (step instanceof Script.ShowTypes types) {
                    showTypes = types.on();
                } else if (step instanceof Script.Sql sql) {
                    out.append(sql.text()).append(";\n");
                    execute(current, sql.text(), out, showTypes);
                }
            }
        } finally {
            for (Connection connection : connections.values()) {
                connection.close();
            }
        }
        return out.toString();
    }

    private Connection open(Map<String, Connection> connections, String name) throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        Connection previous = connections.put(name, connection);
        if (previous != null) {
            previous.close();
        }
        return connection;
    }

    private static void execute(Connection connection, String sql, StringBuilder out, boolean showTypes)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            boolean rows;
            try {
                rows = statement.execute(sql);
            } catch (SQLException e) {
                out.append("ERROR ").append(e.getErrorCode()).append(" (").append(e.getSQLState()).append("): ")
                        .append(CONNECTION_PREFIX.matcher(e.getMessage()).replaceFirst("")).append('\n');
                return;
            }
            if (rows) {
                try (ResultSet rs = statement.getResultSet()) {
                    appendRows(rs, out, showTypes);
                }
            }
            SQLWarning warning = statement.getWarnings();
            if (warning != null) {
                out.append("Warnings:\n");
                try (Statement show = connection.createStatement(); ResultSet rs = show.executeQuery("SHOW WARNINGS")) {
                    while (rs.next()) {
                        out.append(rs.getString(1)).append('\t').append(rs.getString(2)).append('\t')
                                .append(rs.getString(3)).append('\n');
                    }
                }
            }
        }
    }

    private static void appendRows(ResultSet rs, StringBuilder out, boolean showTypes) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int count = meta.getColumnCount();
        for (int i = 1; i <= count; i++) {
            out.append(i > 1 ? "\t" : "").append(meta.getColumnLabel(i));
        }
        out.append('\n');
        if (showTypes) {
            out.append("# types:");
            for (int i = 1; i <= count; i++) {
                out.append(i > 1 ? "\t" : " ").append(meta.getColumnTypeName(i));
            }
            out.append('\n');
        }
        while (rs.next()) {
            for (int i = 1; i <= count; i++) {
                String value = rs.getString(i);
                out.append(i > 1 ? "\t" : "").append(value == null ? "NULL" : value);
            }
            out.append('\n');
        }
    }
}
