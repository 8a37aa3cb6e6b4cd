package org.seqdb.engine.store;

import java.util.List;

/** A table's definition as the store holds it. */
public record StoredTable(String database, String name, List<StoredColumn> columns, String engine, String comment) {

    /** One column: its name, its type as declared, and whether it may hold NULL. */
    public record StoredColumn(String name, String type, boolean nullable) {
    }
}
