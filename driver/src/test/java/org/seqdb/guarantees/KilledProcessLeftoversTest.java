package org.seqdb.guarantees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed process leaves behind that no one can reach: the rows of its TEMPORARY tables
 * (their definitions live only in the session that died). The next open removes them, so kills
 * do not make the file grow for ever, and keeps every stored table's rows.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KilledProcessLeftoversTest {
    @TempDir
    Path dir;

    @Test
    void theRowsOfAKilledProcesssTemporaryTablesAreRemovedWhenTheFileIsOpened() throws Exception {
        Path base = dir.resolve("left");
        Path file = dir.resolve("left.seqdb");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), "jdbc:seqdb:" + base,
                "temporary").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine(), "the child did not fill its tables");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        Path asKilled = dir.resolve("as-killed.seqdb");
        Files.copy(file, asKilled);
        assertEquals(4, rowMapNames(asKilled).size(), "the kill left both tables' row and unique-key maps: "
                + rowMapNames(asKilled));

        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + base);
             ResultSet rs = connection.createStatement().executeQuery("SELECT a, b FROM kept")) {
            rs.next();
            assertEquals("1 x", rs.getInt(1) + " " + rs.getString(2), "the stored table keeps its row");
        }
        assertEquals(2, rowMapNames(file).size(), "only the stored table's maps are left: " + rowMapNames(file));
    }

    /** The names of the row and unique-key maps in a closed file. */
    private static Set<String> rowMapNames(Path file) {
        MVStore raw = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            Set<String> names = new TreeSet<>();
            for (String name : raw.getMapNames()) {
                if (name.startsWith("rows.") || name.startsWith("unique.")) {
                    names.add(name);
                }
            }
            return names;
        } finally {
            raw.close();
        }
    }
}
