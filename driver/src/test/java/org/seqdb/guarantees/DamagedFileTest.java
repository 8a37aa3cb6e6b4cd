package org.seqdb.guarantees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files seqdb must not open, and must not touch: each gives an SQLException whose message
 * names the file and says what is wrong (never MVStore's own exception as the message, never
 * a stack trace), and the file keeps every byte.
 *
 * <p>One exception by design: a file that holds nothing (0 bytes, or MVStore's header alone,
 * naming no version, with nothing committed) becomes a new database, as a missing file would
 * ({@code Store.open}): a process killed while creating its database leaves such a file, and it
 * must not lock the user out. A file cut to its header after seqdb used it names a version in
 * that header and is refused as damaged.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DamagedFileTest {
    @TempDir
    Path dir;

    private Path databaseWithSequences(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + dir.resolve(name));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE a START WITH 10");
            statement.execute("CREATE SEQUENCE b CACHE 5");
            statement.execute("DO NEXTVAL(a), NEXTVAL(b)");
            statement.execute("CREATE DATABASE other");
            statement.execute("CREATE SEQUENCE other.c INCREMENT BY -2");
        }
        return dir.resolve(name + ".seqdb");
    }

    /** Opens {@code file}, expecting a refusal that names it, with the file byte for byte as before. */
    private static SQLException refused(Path file, int vendorCode, String reason) throws Exception {
        byte[] before = Files.readAllBytes(file);
        String url = "jdbc:seqdb:" + file;
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close());
        assertArrayEquals(before, Files.readAllBytes(file), "the refused file was changed");
        assertMessage(e, file, vendorCode, reason);
        // a second attempt says the same (nothing half-open stays behind in this JVM)
        SQLException again = assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close());
        assertEquals(e.getMessage(), again.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the refused file was changed");
        return e;
    }

    private static void assertMessage(SQLException e, Path file, int vendorCode, String reason) {
        String message = e.getMessage();
        assertEquals(vendorCode, e.getErrorCode(), message);
        assertEquals("HY000", e.getSQLState(), message);
        assertTrue(message.contains(file.getFileName().toString()), "the message names the file: " + message);
        assertTrue(message.contains(reason), "the message says \"" + reason + "\": " + message);
        assertFalse(message.contains("org.h2") || message.contains("Exception") || message.contains("\tat ")
                || message.contains("\n"), "MVStore's exception or a stack trace leaks into the message: " + message);
    }

    // ---- seqdb files that lost bytes ----------------------------------------------------------

    @Test
    void aFileCutInHalfIsRefusedAndLeftAlone() throws Exception {
        Path file = databaseWithSequences("cut");
        truncate(file, Files.size(file) / 2);
        refused(file, 1016, "the file is damaged: its last writes are missing");
    }

    @Test
    void aFileThatLostOnlyItsLastBlockIsRefused() throws Exception {
        Path file = databaseWithSequences("lastblock");
        truncate(file, Files.size(file) - 4096);
        refused(file, 1016, "the file is damaged: its last writes are missing");
    }

    /** Only MVStore's header (two blocks) is left: the version it names is missing. */
    @Test
    void aFileCutToItsHeaderIsRefused() throws Exception {
        Path file = databaseWithSequences("header");
        truncate(file, 2 * 4096);
        refused(file, 1016, "the file is damaged: its last writes are missing");
    }

    @Test
    void aFileCutToTenBytesIsRefusedAndLeftAlone() throws Exception {
        Path file = databaseWithSequences("stub");
        truncate(file, 10);
        refused(file, 1016, "not a seqdb database file");
    }

    /** The newest chunk overwritten in place: MVStore alone would open the one before it, and values would repeat. */
    @Test
    void aFileWhoseNewestChunkIsOverwrittenIsRefused() throws Exception {
        Path file = databaseWithSequences("scribbled");
        long block = newestChunkBlock(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(block * 4096);
            raf.write(new byte[64]);
        }
        refused(file, 1016, "the file is damaged: its last writes are missing");
    }

    @Test
    void aFileWithItsHeaderZeroedIsRefused() throws Exception {
        Path file = databaseWithSequences("headless");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(new byte[2 * 4096]);
        }
        refused(file, 1016, "not a seqdb database file");
    }

    // ---- files of other kinds -----------------------------------------------------------------

    @Test
    void randomBytesAreNotADatabase() throws Exception {
        Path file = dir.resolve("noise.seqdb");
        byte[] noise = new byte[64 * 1024];
        new Random(1).nextBytes(noise);
        Files.write(file, noise);
        refused(file, 1016, "not a seqdb database file");
    }

    @Test
    void aTextFileIsNotADatabase() throws Exception {
        Path file = dir.resolve("notes.seqdb");
        Files.writeString(file, "CREATE SEQUENCE s;\nSELECT NEXTVAL(s);\n");
        refused(file, 1016, "not a seqdb database file");
    }

    @Test
    void aTextFileThatLooksLikeAnMvStoreHeaderIsNotADatabase() throws Exception {
        Path file = dir.resolve("fake.seqdb");
        Files.writeString(file, "H:2,block:2,blockSize:1000,chunk:1,created:1,format:3,version:ff,fletcher:0\n");
        refused(file, 1016, "not a seqdb database file");
    }

    @Test
    void anotherMvStoreFileIsNotASeqdbDatabase() throws Exception {
        Path file = dir.resolve("other.seqdb");
        try (org.h2.mvstore.MVStore store = org.h2.mvstore.MVStore.open(file.toString())) {
            store.openMap("something").put("k", "v");
        }
        refused(file, 1016, "not a seqdb database file");
    }

    /** An empty file holds no database yet: seqdb makes it one, as it would a missing file. */
    @Test
    void anEmptyFileBecomesANewDatabase() throws Exception {
        Path file = dir.resolve("empty.seqdb");
        Files.createFile(file);
        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE s");
            statement.execute("DO NEXTVAL(s)");
        }
        assertTrue(Files.size(file) > 0);
        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + file);
             ResultSet rs = connection.createStatement().executeQuery("SELECT NEXTVAL(s)")) {
            rs.next();
            assertEquals(1001, rs.getLong(1), "the new database kept its sequence");
        }
    }

    /**
     * The header alone, naming no version, is what a process killed between MVStore creating
     * the file and seqdb's first commit leaves (see {@code CrashTest}): nothing was ever in it,
     * and it becomes a new database like an empty file.
     */
    @Test
    void aHeaderWithNothingCommittedBecomesANewDatabase() throws Exception {
        Path file = dir.resolve("unborn.seqdb");
        new org.h2.mvstore.MVStore.Builder().fileName(file.toString()).open().closeImmediately();
        assertEquals(2 * 4096, Files.size(file));
        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE s");
            try (ResultSet rs = statement.executeQuery("SELECT NEXTVAL(s)")) {
                rs.next();
                assertEquals(1, rs.getLong(1));
            }
        }
    }

    // ---- places a file cannot be ----------------------------------------------------------------

    @Test
    void aDirectoryInPlaceOfTheFileIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.seqdb"));
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:seqdb:" + dir.resolve("folder")));
        assertMessage(e, folder, 1016, "it is a directory");
        try (var listing = Files.list(folder)) {
            assertEquals(0, listing.count(), "something was created in the directory");
        }
    }

    @Test
    void aMissingDirectoryIsNotCreated() throws Exception {
        Path file = dir.resolve("nowhere").resolve("db.seqdb");
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:seqdb:" + file));
        assertMessage(e, file, 1016, "does not exist");
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsRefused() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain"), "x");
        Path file = notADirectory.resolve("db.seqdb");
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:seqdb:" + file));
        assertMessage(e, file, 1016, "plain is not a directory");
        assertEquals("x", Files.readString(notADirectory));
    }

    /** Skipped as root, for whom no directory is read-only. */
    @Test
    void aReadOnlyDirectoryGetsNoNewFile() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("readonly"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: every directory is writable");
            Path file = readOnly.resolve("db.seqdb");
            SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:seqdb:" + file));
            assertMessage(e, file, 1016, "is not writable");
            assertFalse(Files.exists(file));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Skipped as root, for whom no file is read-only. */
    @Test
    void aReadOnlyFileIsRefusedAndLeftAlone() throws Exception {
        Path file = databaseWithSequences("readonlyfile");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assumeFalse(Files.isWritable(file), "running as root: every file is writable");
            refused(file, 1016, "no permission");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    // ---- a file another process has open ----------------------------------------------------------

    @Test
    void aFileOpenInAnotherProcessIsLockedAndLeftAlone() throws Exception {
        Path base = dir.resolve("shared");
        Path file = dir.resolve("shared.seqdb");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), "jdbc:seqdb:" + base, "hold")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine(), "the holding process did not open the file");
            refused(file, 1615, "is locked by another process");
            assertTrue(holder.isAlive(), "the process holding the file was disturbed");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + base);
             ResultSet rs = connection.createStatement().executeQuery("SELECT NEXTVAL(cached)")) {
            assertTrue(rs.next(), "after the holder is gone the file opens");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void truncate(Path file, long length) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
    }

    private static final Pattern HEADER_BLOCK = Pattern.compile("(?:^|,)block:([0-9a-f]+)(?:,|$)");

    /** The block of the newest chunk, as MVStore's file header (written at close) names it. */
    private static long newestChunkBlock(Path file) throws Exception {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4096);
        }
        String header = new String(start, StandardCharsets.ISO_8859_1).split("[\\n\\u0000]")[0];
        Matcher matcher = HEADER_BLOCK.matcher(header);
        assertTrue(header.startsWith("H:2,") && matcher.find(), "an MVStore header: " + header);
        long block = Long.parseLong(matcher.group(1), 16);
        assertTrue(block >= 2 && block * 4096 < Files.size(file), "a chunk inside the file: " + header);
        return block;
    }
}
