package org.seqdb.engine;

/**
 * One column of a result: the label a client sees (the alias, or the expression text as
 * written, as MariaDB labels it), the underlying column and table names where there are
 * some (empty otherwise), and the type.
 */
public record Column(String label, String name, String table, String database, ValueType type, boolean nullable) {
    public static Column computed(String label, ValueType type) {
        return new Column(label, "", "", "", type, true);
    }

    /** The same column under another underlying name. */
    public Column withName(String newName) {
        return new Column(label, newName, table, database, type, nullable);
    }
}
