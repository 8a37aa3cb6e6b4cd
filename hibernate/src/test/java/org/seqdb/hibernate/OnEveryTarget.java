package org.seqdb.hibernate;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of a test class whose tests run on every {@link Target} (seqdb, and MariaDB when an
 * oracle is configured): a test names {@code @MethodSource("targets")} and takes the target as its
 * parameter. Each test class gets its own temporary directory for its seqdb files.
 */
abstract class OnEveryTarget {
    @TempDir
    static Path directory;

    static List<Target> targets() throws SQLException {
        return Target.all(directory);
    }
}
