package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DriverUrlTest {
    @TempDir
    Path dir;

    @Test
    void driverManagerFindsTheDriverWithoutClassForName() throws SQLException {
        Driver driver = DriverManager.getDriver("jdbc:seqdb:mem:found");
        assertInstanceOf(SeqDbDriver.class, driver);
        assertTrue(driver.acceptsURL("jdbc:seqdb:./x"));
        assertFalse(driver.acceptsURL("jdbc:h2:mem:x"));
        assertNull(driver.connect("jdbc:mariadb://localhost/test", new Properties()));
    }

    @Test
    void fileUrlCreatesTheFileAndTheDatabaseIsItsBaseName() throws SQLException {
        Path file = dir.resolve("shop");
        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + file)) {
            assertEquals("shop", connection.getCatalog());
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT DATABASE()")) {
                assertTrue(rs.next());
                assertEquals("shop", rs.getString(1));
            }
        }
        assertTrue(Files.isRegularFile(dir.resolve("shop.seqdb")));
    }

    @Test
    void memUrlNamesTheDatabaseAndLivesWhileAConnectionIsOpen() throws SQLException {
        try (Connection first = DriverManager.getConnection("jdbc:seqdb:mem:orders")) {
            assertEquals("orders", first.getCatalog());
            first.createStatement().execute("CREATE SEQUENCE s");
            try (Connection second = DriverManager.getConnection("jdbc:seqdb:mem:orders");
                 ResultSet rs = second.createStatement().executeQuery("SELECT NEXTVAL(s)")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong(1));
            }
        }
        try (Connection again = DriverManager.getConnection("jdbc:seqdb:mem:orders")) {
            SQLException e = assertThrows(SQLException.class,
                    () -> again.createStatement().executeQuery("SELECT NEXTVAL(s)"));
            assertEquals(4091, e.getErrorCode()); // MariaDB: Unknown SEQUENCE: 's'
        }
    }

    @Test
    void optionsAfterTheQuestionMarkAreParsed() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + dir.resolve("synced")
                + "?durability=sync&user=sa")) {
            connection.createStatement().execute("CREATE SEQUENCE s");
            SeqDbUrl url = connection.unwrap(SeqDbConnection.class).parsedUrl();
            assertEquals("sync", url.options().get(UrlOption.DURABILITY));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:seqdb:", "jdbc:seqdb:mem:", "jdbc:seqdb:x?durability=never",
        "jdbc:seqdb:x?colour=blue", "jdbc:seqdb:x?durability", "jdbc:seqdb:x?durability=sync&durability=sync",
        "jdbc:seqdb:some/dir/"})
    void malformedUrlsGiveAConnectionErrorThatSaysWhy(String url) {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url));
        assertInstanceOf(SQLNonTransientConnectionException.class, e);
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().startsWith("Malformed seqdb URL '" + url + "': "), e.getMessage());
    }

    @Test
    void aFileInAMissingDirectoryIsAClearError() {
        String url = "jdbc:seqdb:" + dir.resolve("no/such/dir/db");
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url));
        assertEquals(1016, e.getErrorCode());
        assertTrue(e.getMessage().contains("db.seqdb"), e.getMessage());
    }

    @Test
    void aFileThatIsNotSeqDbIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("notes.seqdb");
        Files.writeString(file, "these are my notes, not a database\n");
        byte[] before = Files.readAllBytes(file);
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:seqdb:" + file));
        assertEquals(1016, e.getErrorCode());
        assertEquals("HY000", e.getSQLState());
        assertTrue(e.getMessage().contains("notes.seqdb"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }

    @Test
    void propertyInfoDescribesTheOptions() throws SQLException {
        DriverPropertyInfo[] info = new SeqDbDriver().getPropertyInfo("jdbc:seqdb:x", new Properties());
        assertEquals("durability", info[0].name);
        assertEquals("process", info[0].value);
        assertEquals(2, info[0].choices.length);
    }

    @Test
    void dataSourceOpensItsUrl() throws SQLException {
        SeqDbDataSource dataSource = new SeqDbDataSource();
        assertThrows(SQLException.class, dataSource::getConnection);
        dataSource.setUrl("jdbc:seqdb:mem:ds");
        try (Connection connection = dataSource.getConnection("any", "thing");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1 + 1")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
        }
    }
}
