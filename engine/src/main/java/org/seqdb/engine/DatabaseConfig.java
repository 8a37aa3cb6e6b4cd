package org.seqdb.engine;

import java.nio.file.Path;

/**
 * Where a database lives and how hard it writes.
 *
 * @param file        the database file, or null for an in-memory database
 * @param memName     the name of an in-memory database (null for a file)
 * @param durability  what a reservation waits for before its first value is returned
 * @param database    the current database of new sessions: the file's base name or the mem name
 */
public record DatabaseConfig(Path file, String memName, Durability durability, String database) {

    /** The file name suffix seqdb adds to a path that has none. */
    public static final String FILE_SUFFIX = ".seqdb";

    public static DatabaseConfig file(Path file, Durability durability) {
        Path withSuffix = file.getFileName().toString().endsWith(FILE_SUFFIX)
                ? file : file.resolveSibling(file.getFileName() + FILE_SUFFIX);
        String name = withSuffix.getFileName().toString();
        String database = name.substring(0, name.length() - FILE_SUFFIX.length());
        return new DatabaseConfig(withSuffix.toAbsolutePath().normalize(), null, durability, database);
    }

    public static DatabaseConfig memory(String name) {
        return new DatabaseConfig(null, name, Durability.PROCESS, name);
    }

    public boolean inMemory() {
        return file == null;
    }

    /** The key under which one open database is shared in this JVM. */
    public String identity() {
        return inMemory() ? "mem:" + memName : file.toString();
    }
}
