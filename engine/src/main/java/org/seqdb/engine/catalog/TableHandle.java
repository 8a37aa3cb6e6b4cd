package org.seqdb.engine.catalog;

import org.seqdb.engine.store.StoredTable;

/** A table of the catalog: so far its definition only (rows come with the table engine). */
public record TableHandle(StoredTable definition, boolean temporary) implements SchemaObject {
    @Override
    public String database() {
        return definition.database();
    }

    @Override
    public String name() {
        return definition.name();
    }
}
