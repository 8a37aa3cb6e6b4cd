package org.seqdb.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every script under {@code scripts/} against seqdb (a fresh in-memory database named
 * {@code test} per script) and compares the transcript with the script's {@code .result},
 * which was recorded from MariaDB. With {@code -Dseqdb.oracle=<jdbc url>} each script also
 * runs on that MariaDB server and must give the same {@code .result}; with
 * {@code -Dseqdb.record=true} as well, the {@code .result} files are (re)written from
 * MariaDB's transcript, never from seqdb's.
 */
class ScriptTest {
    private static final Path SOURCE_SCRIPTS = Path.of("src/test/resources/scripts");
    private static final Path ACTUAL = Path.of("target/scripts-actual");

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException, URISyntaxException {
        String oracle = property("seqdb.oracle");
        boolean record = "true".equals(property("seqdb.record"));
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCE_SCRIPTS)) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no scripts under " + SOURCE_SCRIPTS.toAbsolutePath());
        for (Path file : files) {
            String name = SOURCE_SCRIPTS.relativize(file).toString();
            Script script = ScriptParser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
            Path resultFile = Path.of(file.toString().replaceFirst("\\.sql$", ".result"));
            if (oracle != null && script.skipOracle() == null) {
                tests.add(DynamicTest.dynamicTest("oracle: " + name, () -> {
                    String transcript = runOnOracle(oracle, script);
                    if (record) {
                        Files.writeString(resultFile, transcript, StandardCharsets.UTF_8);
                    }
                    assertEquals(Files.readString(resultFile, StandardCharsets.UTF_8), transcript,
                            "MariaDB's transcript of " + name);
                }));
            }
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String transcript = new ScriptRunner("jdbc:seqdb:mem:test").run(script);
                keepForDiff(name, transcript);
                assertEquals(Files.readString(resultFile, StandardCharsets.UTF_8), transcript,
                        "seqdb's transcript of " + name);
            }));
        }
        return tests.stream();
    }

    /** seqdb's transcript goes to target/scripts-actual/, so `diff -r` against the scripts shows every difference. */
    private static void keepForDiff(String name, String transcript) throws IOException {
        Path actual = ACTUAL.resolve(name.replaceFirst("\\.sql$", ".result"));
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, transcript, StandardCharsets.UTF_8);
    }

    /** On the oracle, each script starts from an empty database `test`, as on seqdb. */
    private static String runOnOracle(String url, Script script) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS test");
            statement.execute("CREATE DATABASE test");
        }
        return new ScriptRunner(url).run(script);
    }

    /** A system property, or null when unset (surefire passes unset ones as "" or as "${...}"). */
    private static String property(String key) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() || value.startsWith("${") ? null : value;
    }
}
