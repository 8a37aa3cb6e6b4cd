package org.seqdb.engine;

import org.seqdb.engine.database.DatabaseRegistry;

/**
 * The engine's entry point: opens (or joins) a database and starts a session on it.
 * One database object is shared by every session of the same file (or mem name) in this
 * JVM; it is closed when its last session closes.
 */
public final class Engine {
    private Engine() {
    }

    /** Opens a session; fails with a {@link org.seqdb.engine.error.SeqDbException} that says why. */
    public static Session connect(DatabaseConfig config) {
        return DatabaseRegistry.connect(config);
    }
}
