package org.seqdb.engine.catalog;

/** A named object of a database's table namespace: sequences and tables share it. */
public sealed interface SchemaObject permits SequenceHandle, TableHandle {
    String database();

    String name();

    boolean temporary();
}
