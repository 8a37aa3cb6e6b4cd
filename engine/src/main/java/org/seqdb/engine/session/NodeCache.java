package org.seqdb.engine.session;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a session worked out about a syntax node (a name's resolution, a select's columns),
 * keyed by the node itself: statements come from the shared statement cache, so a repeated
 * statement brings the same nodes and the lookup is one identity hash. Statements seen once
 * (new SQL text every call) would grow the map without end, so it is emptied when it
 * reaches {@link #CAPACITY} entries; entries are cheap to work out again.
 */
final class NodeCache<K, V> {
    static final int CAPACITY = 1024;

    private final Map<K, V> entries = new IdentityHashMap<>();
    /** The node asked for last and its value: a prepared statement run in a loop asks for the same one. */
    private K lastNode;
    private V lastValue;

    V get(K node) {
        if (node == lastNode) {
            return lastValue;
        }
        V value = entries.get(node);
        if (value != null) {
            lastNode = node;
            lastValue = value;
        }
        return value;
    }

    void put(K node, V value) {
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(node, value);
        lastNode = node;
        lastValue = value;
    }
}
