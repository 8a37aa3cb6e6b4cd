package org.seqdb.engine.database;

import java.util.HashMap;
import java.util.Map;
import org.seqdb.engine.DatabaseConfig;
import org.seqdb.engine.Session;
import org.seqdb.engine.session.EngineSession;

/**
 * The open databases of this JVM, by file path or mem name, each with a count of its
 * sessions: the first session opens a database, the last one to close closes it (and an
 * in-memory database is gone then).
 */
public final class DatabaseRegistry {
    private static final Map<String, Entry> OPEN = new HashMap<>();

    private static final class Entry {
        final Database database;
        int sessions;

        Entry(Database database) {
            this.database = database;
        }
    }

    private DatabaseRegistry() {
    }

    public static Session connect(DatabaseConfig config) {
        Database database;
        synchronized (OPEN) {
            Entry entry = OPEN.get(config.identity());
            if (entry == null) {
                entry = new Entry(Database.open(config));
                OPEN.put(config.identity(), entry);
            }
            entry.sessions++;
            database = entry.database;
        }
        return new EngineSession(database, DatabaseRegistry::release);
    }

    private static void release(Database database) {
        synchronized (OPEN) {
            Entry entry = OPEN.get(database.config().identity());
            if (entry == null || entry.database != database) {
                return;
            }
            if (--entry.sessions == 0) {
                OPEN.remove(database.config().identity());
                database.close();
            }
        }
    }
}
