package org.seqdb.engine.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seqdb.engine.sequence.AutoIncrementSettings;

/**
 * The server-wide variables a database keeps while it is open (as a MariaDB server keeps
 * its GLOBAL variables until restart). MariaDB's sequences with INCREMENT 0 read the global
 * auto_increment settings.
 */
public final class GlobalVariables {
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    /** The value SET GLOBAL gave, or null for the built-in default. */
    public Object get(String name) {
        return values.get(name);
    }

    public void put(String name, Object value) {
        values.put(name, value);
    }

    /** SET GLOBAL x = DEFAULT: back to the built-in default. */
    public void remove(String name) {
        values.remove(name);
    }

    public AutoIncrementSettings autoIncrement() {
        Object increment = values.getOrDefault("auto_increment_increment", 1L);
        Object offset = values.getOrDefault("auto_increment_offset", 1L);
        return new AutoIncrementSettings((Long) increment, (Long) offset);
    }
}
