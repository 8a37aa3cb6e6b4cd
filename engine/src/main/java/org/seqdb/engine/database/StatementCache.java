package org.seqdb.engine.database;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seqdb.engine.sql.Parser;

/**
 * Parsed statements by their text, shared by a database's sessions, so that a statement
 * sent again unprepared is not parsed again. Parsed statements are immutable, so sharing
 * is safe; the cache keeps the most recently used few hundred.
 */
public final class StatementCache {
    private static final int CAPACITY = 512;

    private final Map<String, Parser.Parsed> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parser.Parsed> eldest) {
            return size() > CAPACITY;
        }
    };

    public Parser.Parsed parse(String sql) {
        synchronized (recent) {
            Parser.Parsed cached = recent.get(sql);
            if (cached != null) {
                return cached;
            }
        }
        Parser.Parsed parsed = Parser.parse(sql);
        synchronized (recent) {
            recent.put(sql, parsed);
        }
        return parsed;
    }
}
