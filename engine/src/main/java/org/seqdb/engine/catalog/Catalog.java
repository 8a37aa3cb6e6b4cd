package org.seqdb.engine.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.seqdb.engine.sequence.AutoIncrementSettings;
import org.seqdb.engine.sequence.Reservation;
import org.seqdb.engine.sequence.SequenceDefinition;
import org.seqdb.engine.sequence.SequencePosition;
import org.seqdb.engine.store.Store;
import org.seqdb.engine.store.StoredSequence;
import org.seqdb.engine.store.StoredTable;

/**
 * The databases of one file and the sequences and tables in them, in memory, mirrored to
 * the {@link Store}. Reads are lock-free; every change is made by a caller holding
 * {@link #ddlLock()}, which checks and changes in one step, writing the store first and the
 * memory second so that memory never shows what the file does not have.
 */
public final class Catalog {
    private final Store store;
    private final Supplier<AutoIncrementSettings> autoIncrement;
    private final ConcurrentHashMap<String, SchemaObject> objects = new ConcurrentHashMap<>();
    private final Set<String> databases = new ConcurrentSkipListSet<>();
    private final Object ddlLock = new Object();
    /** Bumped by every change of the namespace, so cached name resolutions can tell they are stale. */
    private volatile long epoch;

    private Catalog(Store store, Supplier<AutoIncrementSettings> autoIncrement) {
        this.store = store;
        this.autoIncrement = autoIncrement;
    }

    public static Catalog load(Store store, Supplier<AutoIncrementSettings> autoIncrement) {
        Catalog catalog = new Catalog(store, autoIncrement);
        catalog.databases.addAll(store.databases());
        for (StoredSequence s : store.sequences()) {
            catalog.objects.put(key(s.database(), s.name()), catalog.persistentHandle(s.database(), s.name(),
                    s.version(), s.definition(), store.position(s.database(), s.name())));
        }
        for (StoredTable t : store.tables()) {
            if (t.id() == 0) {
                // a definition from a file written before tables had rows: it gets its row maps' number now
                t = t.withId(store.nextVersion());
                store.putTable(t);
            }
            catalog.objects.put(key(t.database(), t.name()), new TableHandle(t, false));
        }
        return catalog;
    }

    private SequenceHandle persistentHandle(String database, String name, long version, SequenceDefinition definition,
                                            SequencePosition position) {
        return new SequenceHandle(database, name, version, false, definition, position, autoIncrement,
                new Reservation() {
                    @Override
                    public void persist(SequencePosition row, long resumeAfterKill) {
                        store.putPosition(database, name, row, resumeAfterKill);
                    }

                    @Override
                    public void record(SequencePosition row, long resumeAfterKill) {
                        store.recordPosition(database, name, row, resumeAfterKill);
                    }
                });
    }

    /** A sequence that lives only in memory, for a session's TEMPORARY sequences. */
    public SequenceHandle temporaryHandle(String database, String name, SequenceDefinition definition,
                                          SequencePosition position) {
        return new SequenceHandle(database, name, store.nextVersion(), true, definition, position,
                autoIncrement, Reservation.NONE);
    }

    public Object ddlLock() {
        return ddlLock;
    }

    public long epoch() {
        return epoch;
    }

    public AutoIncrementSettings autoIncrement() {
        return autoIncrement.get();
    }

    // ---- reads -------------------------------------------------------------------------

    public boolean databaseExists(String database) {
        return databases.contains(database);
    }

    public List<String> databases() {
        return new ArrayList<>(new TreeSet<>(databases));
    }

    public SchemaObject find(String database, String name) {
        return objects.get(key(database, name));
    }

    /** The objects of one database, ordered by name. */
    public List<SchemaObject> objectsIn(String database) {
        List<SchemaObject> found = new ArrayList<>();
        for (SchemaObject object : objects.values()) {
            if (object.database().equals(database)) {
                found.add(object);
            }
        }
        found.sort(Comparator.comparing(SchemaObject::name));
        return found;
    }

    // ---- changes: callers hold ddlLock() ------------------------------------------------

    public void createDatabase(String database) {
        store.createDatabase(database);
        databases.add(database);
        epoch++;
    }

    public void dropDatabase(String database) {
        List<SchemaObject> dropped = objectsIn(database);
        for (SchemaObject object : dropped) {
            retire(object);
        }
        store.dropDatabase(database);
        for (SchemaObject object : dropped) {
            forget(object);
        }
        databases.remove(database);
        epoch++;
    }

    /** Creates (or replaces) a persistent sequence starting at its START value. */
    public SequenceHandle createSequence(String database, String name, SequenceDefinition definition) {
        long version = store.nextVersion();
        SequencePosition position = new SequencePosition(definition.start(), 0);
        retire(find(database, name));
        store.putSequence(database, name, definition, version, position);
        objects.put(key(database, name), persistentHandle(database, name, version, definition, position));
        epoch++;
        return (SequenceHandle) find(database, name);
    }

    /**
     * ALTER / INSERT: a new definition and row for an existing sequence, keeping its identity;
     * the row is computed from the stored one under the sequence's lock (see SequenceHandle.replace).
     */
    public void replaceSequenceRow(SequenceHandle handle, SequenceDefinition definition,
                                   UnaryOperator<SequencePosition> newPosition) {
        handle.replace(definition, newPosition, position -> {
            if (!handle.temporary()) {
                store.putSequence(handle.database(), handle.name(), definition, handle.version(), position);
            }
        });
    }

    /**
     * Creates a table, or replaces the definition of one: a definition without an id is a new table
     * (empty, with new row maps); one with the id of the table it replaces keeps its rows and counters.
     */
    public TableHandle createTable(StoredTable table) {
        SchemaObject old = find(table.database(), table.name());
        retire(old);
        StoredTable stored = table.id() == 0 ? table.withId(store.nextVersion()) : table;
        store.putTable(stored);
        TableHandle handle = old instanceof TableHandle previous && previous.definition().id() == stored.id()
                ? new TableHandle(stored, false, previous.counters()) : new TableHandle(stored, false);
        objects.put(key(table.database(), table.name()), handle);
        epoch++;
        return handle;
    }

    /** TRUNCATE: the same definition with new, empty row maps; AUTO_INCREMENT starts at 1 again, as in MariaDB. */
    public TableHandle truncateTable(TableHandle table) {
        StoredTable t = table.definition();
        return createTable(t.withStructure(t.columns(), t.keys(), t.foreignKeys(), 1).withId(0));
    }

    /** A number never given to another table (or sequence version) of this file: names new row maps. */
    public long newTableId() {
        return store.nextVersion();
    }

    /** Starts a READ COMMITTED transaction on table rows (the engine's own reads and copies). */
    public org.seqdb.engine.store.RowTransaction beginTransaction(int lockWaitMillis) {
        return store.beginTransaction(lockWaitMillis);
    }

    /** Starts a session's transaction on table rows at its isolation level. */
    public org.seqdb.engine.store.RowTransaction beginTransaction(int lockWaitMillis,
                                                                  org.seqdb.engine.store.Isolation isolation) {
        return store.beginTransaction(lockWaitMillis, isolation);
    }

    /** How many committed rows a table has (INFORMATION_SCHEMA.STATISTICS's CARDINALITY). */
    public long rowCount(TableHandle table) {
        org.seqdb.engine.store.RowTransaction reader = store.beginTransaction(0);
        try {
            return reader.rows(table.definition().id()).size();
        } finally {
            reader.rollback();
        }
    }

    /** The AUTO_INCREMENT value stored for a table at its last commit, or 0. */
    public long storedAutoIncrement(TableHandle table) {
        Long stored = store.autoIncrement(table.definition().id());
        return stored == null ? 0 : stored;
    }

    /** Records that a table's next AUTO_INCREMENT value is at least {@code next}; it is written with the next commit. */
    public void recordAutoIncrement(TableHandle table, long next) {
        if (!table.temporary()) {
            store.putAutoIncrement(table.definition().id(), next);
        }
    }

    /** A session's TEMPORARY table: its own row maps in the file, its definition only in the session. */
    public TableHandle temporaryTable(StoredTable definition) {
        return new TableHandle(definition.withId(store.nextVersion()), true);
    }

    /** Removes a TEMPORARY table's rows (DROP, the end of its session). */
    public void dropTemporaryRows(TableHandle table) {
        store.removeTemporaryRows(table.definition().id());
    }

    /** Removes a unique key's entries (ALTER TABLE ... DROP INDEX); the caller then stores the new definition. */
    public void dropUniqueKey(TableHandle table, String keyName) {
        store.removeUniqueKey(table.definition().id(), keyName);
    }

    public void drop(SchemaObject object) {
        retire(object);
        store.removeObject(object.database(), object.name());
        forget(object);
        epoch++;
    }

    /**
     * RENAME TABLE / ALTER TABLE ... RENAME: the object moves, with its row; a sequence keeps its
     * version (MariaDB's table definition version moves with the renamed table, so a session's
     * LASTVAL, kept by name and version, reads again once the old name comes back) and continues
     * from its stored row. The foreign keys of other tables (and the table's own, if it refers to
     * itself) that refer to a renamed table name it by its new name, as InnoDB renames them.
     */
    public SchemaObject rename(SchemaObject object, String newDatabase, String newName) {
        long version = object instanceof SequenceHandle sequence ? sequence.version() : store.nextVersion();
        List<TableHandle> children = new ArrayList<>();
        List<StoredTable> redirected = new ArrayList<>();
        StoredTable renamedTable = null;
        if (object instanceof TableHandle table) {
            StoredTable moved = table.definition().renamed(newDatabase, newName);
            renamedTable = moved.withParentRenamed(object.database(), object.name(), newDatabase, newName);
            for (SchemaObject other : objects.values()) {
                if (other instanceof TableHandle child && other != object && !child.temporary()) {
                    StoredTable changed = child.definition()
                            .withParentRenamed(object.database(), object.name(), newDatabase, newName);
                    if (changed != child.definition()) {
                        children.add(child);
                        redirected.add(changed);
                    }
                }
            }
            if (renamedTable != moved) {
                redirected.add(renamedTable); // it refers to itself: stored after its move, under the new name
            }
        }
        retire(object);
        store.renameObject(object.database(), object.name(), newDatabase, newName, version, redirected);
        forget(object);
        SchemaObject renamed;
        if (object instanceof SequenceHandle sequence) {
            renamed = persistentHandle(newDatabase, newName, version, sequence.definition(), sequence.stored());
        } else {
            TableHandle table = (TableHandle) object;
            renamed = new TableHandle(renamedTable, false, table.counters());
        }
        objects.put(key(newDatabase, newName), renamed);
        for (int i = 0; i < children.size(); i++) {
            TableHandle child = children.get(i);
            objects.put(key(child.database(), child.name()), new TableHandle(redirected.get(i), false, child.counters()));
        }
        epoch++;
        return renamed;
    }

    /** ALTER TABLE ... ENGINE= / COMMENT= on a sequence: a new definition, the stored row kept. */
    public void replaceSequenceDefinition(SequenceHandle handle, SequenceDefinition definition) {
        handle.replace(definition, UnaryOperator.identity(), unchangedRow -> {
            if (!handle.temporary()) {
                store.putDefinition(handle.database(), handle.name(), definition, handle.version());
            }
        });
    }

    /** Stops a sequence's generator before the store forgets or overwrites it. */
    private static void retire(SchemaObject object) {
        if (object instanceof SequenceHandle sequence) {
            sequence.markDropped();
        }
    }

    private void forget(SchemaObject object) {
        objects.remove(key(object.database(), object.name()), object);
    }

    /** Bumps the epoch for changes made outside the catalog (a session's temporary objects). */
    public void touch() {
        epoch++;
    }

    private static String key(String database, String name) {
        return database + '\u0000' + name;
    }
}
