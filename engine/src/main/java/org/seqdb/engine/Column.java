package org.seqdb.engine;

/**
 * One column of a result: the label a client sees (the alias, or the expression text as
 * written, as MariaDB labels it), the underlying column and table names where there are
 * some (empty otherwise), and the type.
 *
 * @param sqlType       the MariaDB column type as JDBC clients are told it, for columns of tables (and
 *                      expressions typed from them); null when {@code type} alone describes the column
 * @param autoIncrement true for a table's AUTO_INCREMENT column
 */
public record Column(String label, String name, String table, String database, ValueType type, boolean nullable,
                     SqlType sqlType, boolean autoIncrement) {
    public Column(String label, String name, String table, String database, ValueType type, boolean nullable) {
        this(label, name, table, database, type, nullable, null, false);
    }

    public static Column computed(String label, ValueType type) {
        return new Column(label, "", "", "", type, true);
    }

    /** The same column under another underlying name. */
    public Column withName(String newName) {
        return new Column(label, newName, table, database, type, nullable, sqlType, autoIncrement);
    }

    /** The same column under another label (a select-list alias). */
    public Column withLabel(String newLabel) {
        return new Column(newLabel, name, table, database, type, nullable, sqlType, autoIncrement);
    }
}
