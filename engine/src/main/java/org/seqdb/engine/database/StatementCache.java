package org.seqdb.engine.database;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seqdb.engine.sql.Parser;

/**
 * Parsed statements by their text (and the one sql_mode flag that changes a parse, IGNORE_SPACE),
 * shared by a database's sessions, so that a statement sent again unprepared is not parsed again.
 * Parsed statements are immutable, so sharing is safe; the cache keeps the most recently used few
 * hundred.
 */
public final class StatementCache {
    private static final int CAPACITY = 512;

    private record Key(String sql, boolean ignoreSpace) {
    }

    private final Map<Key, Parser.Parsed> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Parser.Parsed> eldest) {
            return size() > CAPACITY;
        }
    };

    public Parser.Parsed parse(String sql, boolean ignoreSpace) {
        Key key = new Key(sql, ignoreSpace);
        synchronized (recent) {
            Parser.Parsed cached = recent.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Parser.Parsed parsed = Parser.parse(sql, ignoreSpace);
        synchronized (recent) {
            recent.put(key, parsed);
        }
        return parsed;
    }
}
