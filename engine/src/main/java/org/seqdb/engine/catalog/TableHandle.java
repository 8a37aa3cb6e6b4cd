package org.seqdb.engine.catalog;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.seqdb.engine.store.StoredTable;
import org.seqdb.engine.table.TableShape;

/**
 * A table of the catalog: its definition, the shape rows are read and written through, and
 * the counters all sessions share: the next AUTO_INCREMENT value and the next hidden row
 * number of a table without a primary key. Counters only grow (values are never given back,
 * as in MariaDB); a new definition of the same table (ALTER) takes them over.
 */
public final class TableHandle implements SchemaObject {
    private final StoredTable definition;
    private final boolean temporary;
    private final TableShape shape;
    private final Counters counters;

    /** Counters start unknown (0) and are read from the rows at first use. */
    static final class Counters {
        private final AtomicLong nextAutoIncrement = new AtomicLong();
        private final AtomicLong nextRowNumber = new AtomicLong();
    }

    public TableHandle(StoredTable definition, boolean temporary) {
        this(definition, temporary, new Counters());
    }

    TableHandle(StoredTable definition, boolean temporary, Counters counters) {
        this.definition = definition;
        this.temporary = temporary;
        this.shape = new TableShape(definition);
        this.counters = counters;
    }

    Counters counters() {
        return counters;
    }

    public StoredTable definition() {
        return definition;
    }

    public TableShape shape() {
        return shape;
    }

    @Override
    public String database() {
        return definition.database();
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public boolean temporary() {
        return temporary;
    }

    /**
     * The next AUTO_INCREMENT value, {@code step} apart from the previous one and not below
     * {@code floor}; {@code initial} gives the first value when the counter is unknown.
     */
    public long takeAutoIncrement(LongSupplier initial, long step) {
        AtomicLong next = counters.nextAutoIncrement;
        synchronized (next) {
            if (next.get() == 0) {
                next.set(Math.max(1, initial.getAsLong()));
            }
            long value = next.get();
            next.set(value + Math.max(1, step));
            return value;
        }
    }

    /** An explicit value was stored in the AUTO_INCREMENT column: later generated ones go above it. */
    public void sawAutoIncrement(long value, LongSupplier initial) {
        AtomicLong next = counters.nextAutoIncrement;
        synchronized (next) {
            if (next.get() == 0) {
                next.set(Math.max(1, initial.getAsLong()));
            }
            if (value >= next.get() && value < Long.MAX_VALUE) {
                next.set(value + 1);
            }
        }
    }

    /** The next AUTO_INCREMENT value as SHOW CREATE TABLE and INFORMATION_SCHEMA.TABLES report it, or 0. */
    public long peekAutoIncrement() {
        return counters.nextAutoIncrement.get();
    }

    /** ALTER TABLE ... AUTO_INCREMENT = n: never below what rows already have ({@code initial}). */
    public void resetAutoIncrement(long value, LongSupplier initial) {
        AtomicLong next = counters.nextAutoIncrement;
        synchronized (next) {
            next.set(Math.max(value, initial.getAsLong()));
        }
    }

    /** The next hidden row number; {@code initial} gives the first one when the counter is unknown. */
    public long takeRowNumber(LongSupplier initial) {
        AtomicLong next = counters.nextRowNumber;
        synchronized (next) {
            if (next.get() == 0) {
                next.set(Math.max(1, initial.getAsLong()));
            }
            return next.getAndIncrement();
        }
    }
}
