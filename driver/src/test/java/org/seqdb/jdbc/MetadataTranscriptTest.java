package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * DatabaseMetaData as MariaDB Connector/J gives it. Each {@code metadata/X.sql} holds DDL and
 * lines {@code -- getTables}, {@code -- getColumns}, {@code -- getPrimaryKeys T},
 * {@code -- getIndexInfo T}, {@code -- getImportedKeys T}, {@code -- getExportedKeys T}; its
 * {@code X.result} is the dump of those calls recorded from a MariaDB server through Connector/J
 * ({@code -Dseqdb.oracle=... -Dseqdb.record=true}), never from seqdb. seqdb must dump the same.
 */
class MetadataTranscriptTest {
    private static final Path SOURCE = Path.of("src/test/resources/metadata");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        String oracle = property("seqdb.oracle");
        boolean record = "true".equals(property("seqdb.record"));
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(SOURCE)) {
            files = list.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        for (Path file : files) {
            String script = Files.readString(file, StandardCharsets.UTF_8);
            Path resultFile = Path.of(file.toString().replaceFirst("\\.sql$", ".result"));
            String name = file.getFileName().toString();
            if (oracle != null) {
                tests.add(DynamicTest.dynamicTest("oracle: " + name, () -> {
                    try (Connection c = DriverManager.getConnection(oracle); Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS test");
                        s.execute("CREATE DATABASE test");
                    }
                    String transcript = run(oracle, script);
                    if (record) {
                        Files.writeString(resultFile, transcript, StandardCharsets.UTF_8);
                    }
                    assertEquals(Files.readString(resultFile, StandardCharsets.UTF_8), transcript, "MariaDB: " + name);
                }));
            }
            tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(
                    Files.readString(resultFile, StandardCharsets.UTF_8), run("jdbc:seqdb:mem:test", script),
                    "seqdb: " + name)));
        }
        return tests.stream();
    }

    private static String run(String url, String script) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            StringBuilder pending = new StringBuilder();
            for (String line : script.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("-- ")) {
                    String[] call = trimmed.substring(3).split(" ");
                    out.append("-- ").append(String.join(" ", call)).append('\n');
                    String table = call.length > 1 ? call[1] : null;
                    dump(out, switch (call[0]) {
                        case "getTables" -> meta.getTables(catalog, null, "%", null);
                        case "getColumns" -> meta.getColumns(catalog, null, "%", "%");
                        case "getPrimaryKeys" -> meta.getPrimaryKeys(catalog, null, table);
                        case "getIndexInfo" -> meta.getIndexInfo(catalog, "", table, false, true);
                        case "getImportedKeys" -> meta.getImportedKeys(catalog, "", table);
                        case "getExportedKeys" -> meta.getExportedKeys(catalog, "", table);
                        default -> throw new IllegalArgumentException(trimmed);
                    });
                } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    pending.append(line).append('\n');
                    if (trimmed.endsWith(";")) {
                        statement.execute(pending.toString().strip().replaceFirst(";$", ""));
                        pending.setLength(0);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void dump(StringBuilder out, ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.append(i > 1 ? "|" : "").append(md.getColumnLabel(i));
        }
        out.append('\n');
        while (rs.next()) {
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            out.append('\n');
        }
        rs.close();
    }

    private static String property(String key) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() || value.startsWith("${") ? null : value;
    }
}
