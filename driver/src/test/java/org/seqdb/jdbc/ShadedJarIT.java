package org.seqdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar alone is a working driver: loaded in a class loader that sees nothing of
 * the build's classpath (as DBeaver loads a driver jar), it is found as a java.sql.Driver
 * service and opens a file database.
 */
class ShadedJarIT {
    @TempDir
    Path dir;

    @Test
    void theShadedJarWorksInAFreshClassLoader() throws Exception {
        Path jar = Path.of(System.getProperty("seqdb.shadedJar"));
        assertTrue(Files.isRegularFile(jar), "no shaded jar at " + jar);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Driver driver = ServiceLoader.load(Driver.class, loader).stream()
                    .map(ServiceLoader.Provider::get)
                    .filter(d -> d.getClass().getName().equals("org.seqdb.jdbc.SeqDbDriver"))
                    .findFirst().orElseThrow(() -> new AssertionError("no seqdb java.sql.Driver service in " + jar));
            assertEquals(loader, driver.getClass().getClassLoader());
            String url = "jdbc:seqdb:" + dir.resolve("gui");
            try (Connection connection = driver.connect(url, new Properties())) {
                connection.createStatement().execute("CREATE SEQUENCE s START WITH 7");
                try (ResultSet rs = connection.createStatement().executeQuery("SELECT NEXTVAL(s)")) {
                    assertTrue(rs.next());
                    assertEquals(7, rs.getLong(1));
                }
            }
            assertTrue(Files.isRegularFile(dir.resolve("gui.seqdb")));
        }
    }
}
