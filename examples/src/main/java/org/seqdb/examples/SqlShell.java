package org.seqdb.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * A small SQL shell over a seqdb URL: statements end with ';', results print as
 * tab-separated rows, errors as MariaDB's client prints them.
 *
 * <pre>mvn -q -pl examples exec:java -Dexec.mainClass=org.seqdb.examples.SqlShell -Dexec.args="jdbc:seqdb:./demo"</pre>
 */
public final class SqlShell {
    private SqlShell() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        String url = args.length > 0 ? args[0] : "jdbc:seqdb:./demo";
        boolean interactive = System.console() != null;
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            StringBuilder pending = new StringBuilder();
            if (interactive) {
                System.out.print("seqdb> ");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                pending.append(line).append('\n');
                if (line.trim().endsWith(";")) {
                    run(statement, withoutTerminator(pending.toString()));
                    pending.setLength(0);
                }
                if (interactive) {
                    System.out.print(pending.length() == 0 ? "seqdb> " : "    -> ");
                }
            }
            if (!pending.toString().isBlank()) {
                run(statement, withoutTerminator(pending.toString()));
            }
        }
    }

    private static void run(Statement statement, String sql) {
        try {
            if (statement.execute(sql)) {
                try (ResultSet rs = statement.getResultSet()) {
                    print(rs);
                }
            } else {
                System.out.println("Query OK, " + statement.getUpdateCount() + " rows affected");
            }
            for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
                System.out.println("Note (Code " + w.getErrorCode() + "): " + w.getMessage());
            }
        } catch (SQLException e) {
            System.out.println("ERROR " + e.getErrorCode() + " (" + e.getSQLState() + "): " + e.getMessage());
        }
    }

    private static void print(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder header = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            header.append(i > 1 ? "\t" : "").append(meta.getColumnLabel(i));
        }
        System.out.println(header);
        while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String value = rs.getString(i);
                row.append(i > 1 ? "\t" : "").append(value == null ? "NULL" : value);
            }
            System.out.println(row);
        }
    }

    /** The statement without the ';' that ended it in the shell, as the mariadb client sends it. */
    private static String withoutTerminator(String text) {
        String trimmed = text.trim();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
    }
}
