package org.seqdb.engine.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.seqdb.engine.DatabaseConfig;
import org.seqdb.engine.Durability;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sequence.SequenceDefinition;
import org.seqdb.engine.sequence.SequencePosition;

/**
 * With {@link RowTransaction} and {@link RowMap}, the only code that touches H2 MVStore: one file
 * holding every database, sequence and table definition, every sequence position, and the rows
 * of every table (in maps {@code rows.<table id>} and {@code unique.<table id>.<key>}, written
 * through MVStore's TransactionStore, whose undo logs live in the same file).
 *
 * <h2>Invariants</h2>
 * <ol>
 * <li>Every method that changes something commits before it returns (and, with
 *     {@link Durability#SYNC}, fsyncs), so what a caller was told is done survives a kill of
 *     the process (with SYNC, a power loss). MVStore's background writer is off: nothing is
 *     written except at these commits, so a statement's changes reach the file together or
 *     not at all. The one exception is {@link #recordPosition}: a sequence row whose
 *     resume point (invariant 6) is already in the file.</li>
 * <li>Commits are serialized by {@link #writeLock}: a commit never carries half of another
 *     statement's changes.</li>
 * <li>A file is only ever opened by one process (MVStore's file lock), and is recognised as
 *     seqdb's by the {@code format} entry of the {@code meta} map before anything is read.</li>
 * <li>Table rows change only inside a {@link RowTransaction}; its commit is a commit of the file
 *     (invariant 1 for rows). A transaction open when the process died is rolled back when the
 *     file is opened, before any statement runs, so no uncommitted row is ever read.</li>
 * <li>A table's row maps are removed in the same commit as its definition (DROP, TRUNCATE, DROP
 *     DATABASE), and an id is never given to two tables.</li>
 * <li>While a process has the file open, {@code meta} says so ({@link #OPEN_KEY}); a clean close
 *     clears it. A file found still marked open was left by a killed process: besides its leftover
 *     transactions (invariant 4), row changes stranded without their undo records are rolled back
 *     before any statement runs ({@link StrandedChanges}), and the row maps of its TEMPORARY tables
 *     (maps of no stored table) are removed.</li>
 * <li>A sequence's entry in {@code positions} holds its row (next_not_cached_value, cycle_count)
 *     and where it resumes after a kill (a next_not_cached_value in the same round, at or beyond
 *     the row's). Every commit writes the two together, so in the file the resume point is never
 *     before the row, nor before any value handed out. Opening a file left marked open (a killed
 *     process) moves each row to its resume point before anything reads it.</li>
 * </ol>
 */
public final class Store implements AutoCloseable {
    private static final String FORMAT_KEY = "format";
    /** True in the file while a process has it open; false after a clean close (see invariant 5). */
    static final String OPEN_KEY = "open";
    private static final String ROW_MAP_PREFIX = "rows.";
    private static final String UNIQUE_MAP_PREFIX = "unique.";
    private static final String FORMAT = "seqdb-1";
    private static final String NEXT_VERSION_KEY = "nextVersion";
    /** Separates database and object name in keys: a character no identifier can hold. */
    private static final char KEY_SEPARATOR = '\u0000';

    private final MVStore store;
    private final Durability durability;
    private final String fileName;
    private final MVMap<String, Object> meta;
    private final MVMap<String, Long> databases;
    private final MVMap<String, Object[]> sequences;
    private final MVMap<String, long[]> positions;
    private final MVMap<String, Object[]> tables;
    /** Each table's next AUTO_INCREMENT value, by table id; written with the commit of the rows that used it. */
    private final MVMap<Long, Long> autoIncrements;
    private final TransactionStore rowStore;
    private final Object writeLock = new Object();

    private Store(MVStore store, DatabaseConfig config) {
        this.store = store;
        this.durability = config.durability();
        this.fileName = config.inMemory() ? config.identity() : config.file().toString();
        this.meta = store.openMap("meta");
        this.databases = store.openMap("databases");
        this.sequences = store.openMap("sequences");
        this.positions = store.openMap("positions");
        this.tables = store.openMap("tables");
        this.autoIncrements = store.openMap("autoIncrement");
        this.rowStore = new TransactionStore(store, ConcurrentObjectDataType.INSTANCE);
    }

    /** Opens (creating if missing) the store of {@code config}; every failure says what is wrong. */
    public static Store open(DatabaseConfig config) {
        if (config.inMemory()) {
            Store store = new Store(new MVStore.Builder().autoCommitDisabled().open(), config);
            store.initialise(config.database());
            return store;
        }
        return openOnDisk(config, true);
    }

    private static Store openOnDisk(DatabaseConfig config, boolean mayStamp) {
        Path file = config.file();
        boolean existed = Files.exists(file);
        checkOpenable(file, existed);
        boolean hasContent = existed && sizeOf(file) > 0;
        long writtenVersion = hasContent ? StoreHeader.lastWrittenVersion(file) : -1;
        MVStore mvStore = openFile(file);
        Store store;
        try {
            if (mvStore.getCurrentVersion() < writtenVersion) {
                // MVStore fell back to an older chunk: the file lost its end (truncated or overwritten).
                // Opening it would hand out values again, so it is refused and left as it is.
                throw new SeqDbException(ErrorCode.ER_CANT_OPEN_FILE, file,
                        "the file is damaged: its last writes are missing (truncated?)");
            }
            // Nothing was ever committed to a file that is empty, or whose header names no version
            // and that holds no map: MVStore writes its header when it creates a file and its first
            // chunk only at the first commit, so a process killed in between leaves such a file (and
            // no value was handed out of it: see the stamp below). It becomes a new database, as a
            // missing file would.
            boolean holdsNothing = !hasContent || (writtenVersion < 0 && mvStore.getMapNames().isEmpty());
            store = new Store(mvStore, config);
            if (!holdsNothing && !FORMAT.equals(store.meta.get(FORMAT_KEY))) {
                throw new SeqDbException(ErrorCode.ER_CANT_OPEN_FILE, file, "not a seqdb database file");
            }
        } catch (RuntimeException e) {
            mvStore.closeImmediately();
            throw e instanceof SeqDbException ? e : notSeqDb(file, e);
        }
        store.initialise(config.database());
        if (writtenVersion < 0 && mayStamp) {
            // MVStore names its version in the header only at a clean close (and now and then
            // later). Close and reopen once, so that it does before any value is handed out: a
            // header naming no version then always means "nothing was ever handed out of this
            // file", and a file that lost its chunks is refused above, never made new.
            store.close();
            return openOnDisk(config, false);
        }
        return store;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new SeqDbException(e, ErrorCode.ER_CANT_OPEN_FILE, file, "its size cannot be read: " + e.getMessage());
        }
    }

    private static void checkOpenable(Path file, boolean existed) {
        if (existed && Files.isDirectory(file)) {
            throw new SeqDbException(ErrorCode.ER_CANT_OPEN_FILE, file, "it is a directory");
        }
        if (existed && (!Files.isReadable(file) || !Files.isWritable(file))) {
            throw new SeqDbException(ErrorCode.ER_CANT_OPEN_FILE, file, "no permission to read and write it");
        }
        Path parent = file.getParent();
        if (!existed && (parent == null || !Files.isDirectory(parent))) {
            String why = parent != null && Files.exists(parent) ? parent + " is not a directory"
                    : "the directory " + parent + " does not exist";
            throw new SeqDbException(ErrorCode.ER_CANT_OPEN_FILE, file, why);
        }
        if (!existed && !Files.isWritable(parent)) {
            throw new SeqDbException(ErrorCode.ER_CANT_OPEN_FILE, file, "the directory " + parent + " is not writable");
        }
    }

    private static MVStore openFile(Path file) {
        try {
            MVStore mvStore = new MVStore.Builder()
                    .fileName(file.toString())
                    .autoCommitDisabled()
                    .open();
            // MVStore's default retention time (45 s) stays. With 0 (dead chunks reused at once),
            // commits were 10x faster and the file stayed small, but a TableCrashTest kill left a
            // file MVStore refused to open ("Double mark": the layout of the chunk it recovered from
            // named chunks whose space had been reused), twice now. The price of 45 s: a commit
            // writes a new chunk that is not reused for 45 s, so a busy NOCACHE sequence grows the
            // file by ~14 KB per value for 45 s before the space is reused.
            return mvStore;
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new SeqDbException(e, ErrorCode.ER_FILE_LOCKED, file);
            }
            throw notSeqDb(file, e);
        }
    }

    private static SeqDbException notSeqDb(Path file, RuntimeException cause) {
        return new SeqDbException(cause, ErrorCode.ER_CANT_OPEN_FILE, file,
                "not a seqdb database file, or a damaged one");
    }

    /**
     * A new store gets its format mark and its first database; an existing one ends the row
     * transactions a killed process left open (invariant 4) before anything reads a row.
     */
    private void initialise(String firstDatabase) {
        rowStore.init();
        synchronized (writeLock) {
            if (meta.get(FORMAT_KEY) == null) {
                meta.put(FORMAT_KEY, FORMAT);
                meta.put(NEXT_VERSION_KEY, 1L);
                databases.put(firstDatabase, 0L);
                commit();
            }
            if (!rowStore.getOpenTransactions().isEmpty()) {
                rowStore.endLeftoverTransactions();
                commit();
            }
            // a file marked open, or from before the mark existed, may hold stranded row changes
            // and sequence rows behind their resume points
            if (!Boolean.FALSE.equals(meta.get(OPEN_KEY))) {
                StrandedChanges.rollBack(rowStore, rowMapNames());
                removeRowsOfTemporaryTables();
                resumeSequencesAfterKill();
            }
            if (!isInMemory()) {
                meta.put(OPEN_KEY, Boolean.TRUE);
                commit();
            }
        }
    }

    /**
     * Removes the row maps of tables with no stored definition: a killed process's TEMPORARY tables
     * (a clean end of their session removes them). Committed with the open mark below.
     */
    private void removeRowsOfTemporaryTables() {
        Set<Long> storedIds = new HashSet<>();
        for (Object[] encoded : tables.values()) {
            storedIds.add(TableCodec.decode("", "", encoded).id());
        }
        for (String name : rowMapNames()) {
            if (!storedIds.contains(tableIdOf(name))) {
                store.removeMap(name);
            }
        }
    }

    /** The table id in a map name {@code rows.<id>} or {@code unique.<id>.<key>}. */
    private static long tableIdOf(String rowMapName) {
        String rest = rowMapName.startsWith(ROW_MAP_PREFIX) ? rowMapName.substring(ROW_MAP_PREFIX.length())
                : rowMapName.substring(UNIQUE_MAP_PREFIX.length());
        int dot = rest.indexOf('.');
        return Long.parseLong(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** Moves every sequence row to its resume point (invariant 6); committed with the open mark below. */
    private void resumeSequencesAfterKill() {
        for (Map.Entry<String, long[]> entry : positions.entrySet()) {
            long[] stored = entry.getValue();
            if (stored.length > 2 && stored[2] != stored[0]) {
                positions.put(entry.getKey(), entry(new SequencePosition(stored[2], stored[1]), stored[2]));
            }
        }
    }

    private List<String> rowMapNames() {
        List<String> names = new ArrayList<>();
        for (String name : store.getMapNames()) {
            if (name.startsWith(ROW_MAP_PREFIX) || name.startsWith(UNIQUE_MAP_PREFIX)) {
                names.add(name);
            }
        }
        return names;
    }

    private boolean isInMemory() {
        return store.getFileStore() == null;
    }

    // ---- reads -------------------------------------------------------------------------

    public List<String> databases() {
        return pinned(() -> new ArrayList<>(databases.keySet()));
    }

    /** Every stored sequence, for building the catalog at open. */
    public List<StoredSequence> sequences() {
        return pinned(() -> {
            List<StoredSequence> all = new ArrayList<>();
            for (Map.Entry<String, Object[]> entry : sequences.entrySet()) {
                String key = entry.getKey();
                int split = key.indexOf(KEY_SEPARATOR);
                all.add(new StoredSequence(key.substring(0, split), key.substring(split + 1),
                        SequenceCodec.decode(entry.getValue()), SequenceCodec.version(entry.getValue())));
            }
            return all;
        });
    }

    /** Every stored table, for building the catalog at open. */
    public List<StoredTable> tables() {
        return pinned(() -> {
            List<StoredTable> all = new ArrayList<>();
            for (Map.Entry<String, Object[]> entry : tables.entrySet()) {
                String key = entry.getKey();
                int split = key.indexOf(KEY_SEPARATOR);
                all.add(TableCodec.decode(key.substring(0, split), key.substring(split + 1), entry.getValue()));
            }
            return all;
        });
    }

    public SequencePosition position(String database, String name) {
        long[] stored = pinned(() -> positions.get(key(database, name)));
        if (stored == null) {
            throw new SeqDbException(ErrorCode.ER_INTERNAL, "no stored row for sequence " + database + "." + name);
        }
        return new SequencePosition(stored[0], stored[1]);
    }

    /**
     * Reads plain maps with the store's current version registered, so that no commit of another
     * thread frees (and then overwrites) a chunk the read still walks.
     */
    private <T> T pinned(Supplier<T> read) {
        MVStore.TxCounter version = store.registerVersionUsage();
        try {
            return read.get();
        } finally {
            store.deregisterVersionUsage(version);
        }
    }

    // ---- writes: each durable on return ---------------------------------------------------

    /** A number never handed out before in this file: tells a re-created sequence from its predecessor. */
    public long nextVersion() {
        synchronized (writeLock) {
            long version = (Long) meta.get(NEXT_VERSION_KEY);
            meta.put(NEXT_VERSION_KEY, version + 1);
            return version;
        }
    }

    // ---- rows ------------------------------------------------------------------------------

    /** Starts a READ COMMITTED transaction on rows; a write waits at most {@code lockWaitMillis} for a lock. */
    public RowTransaction beginTransaction(int lockWaitMillis) {
        return beginTransaction(lockWaitMillis, Isolation.READ_COMMITTED);
    }

    /** Starts a transaction on rows at {@code isolation}. */
    public RowTransaction beginTransaction(int lockWaitMillis, Isolation isolation) {
        try {
            Transaction transaction = rowStore.begin(ROLLBACK_LISTENER, lockWaitMillis, 0, isolation.h2());
            return new RowTransaction(this, transaction, isolation);
        } catch (MVStoreException e) {
            throw RowMap.translate(e);
        }
    }

    /**
     * The names of every table's row and unique-key maps, also of tables that have no rows yet (whose
     * maps do not exist until their first row): a repeatable read's snapshot covers them all at once.
     */
    List<String> allRowMapNames() {
        return pinned(() -> {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, Object[]> entry : tables.entrySet()) {
                StoredTable table = TableCodec.decode("", "", entry.getValue());
                if (table.id() == 0) {
                    continue;
                }
                names.add(rowMapName(table.id()));
                for (StoredTable.StoredKey key : table.keys()) {
                    if (key.unique() && !key.primary()) {
                        names.add(uniqueMapName(table.id(), key.name()));
                    }
                }
            }
            return names;
        });
    }

    private static final TransactionStore.RollbackListener ROLLBACK_LISTENER = (map, key, existing, restored) -> {
    };

    /**
     * Ends a row transaction (its commit or rollback) and makes the end durable (RowTransaction
     * invariant 1). MVStore's TransactionStore commits the file itself when a transaction that
     * changed rows ends, so the end runs under {@link #writeLock} too: that commit must not carry
     * half of a DDL statement's changes (invariant 2).
     */
    void endTransaction(Runnable end) {
        synchronized (writeLock) {
            end.run();
            commit();
        }
    }

    /** The next AUTO_INCREMENT value stored for a table, or null if none was stored. */
    public Long autoIncrement(long tableId) {
        return pinned(() -> autoIncrements.get(tableId));
    }

    /** Records a table's next AUTO_INCREMENT value; it reaches the file with the next commit. */
    public void putAutoIncrement(long tableId, long next) {
        synchronized (writeLock) {
            autoIncrements.merge(tableId, next, Math::max);
        }
    }

    static String rowMapName(long tableId) {
        return ROW_MAP_PREFIX + tableId;
    }

    static String uniqueMapName(long tableId, String keyName) {
        return UNIQUE_MAP_PREFIX + tableId + "." + keyName;
    }

    /** Removes a table's row maps and counter (the caller commits). */
    private void removeRows(long tableId) {
        if (tableId == 0) {
            return;
        }
        String uniquePrefix = UNIQUE_MAP_PREFIX + tableId + ".";
        for (String mapName : store.getMapNames()) {
            if (mapName.equals(rowMapName(tableId)) || mapName.startsWith(uniquePrefix)) {
                store.removeMap(mapName);
            }
        }
        autoIncrements.remove(tableId);
    }

    private void removeRowsOf(Object[] encodedTable, long keptId) {
        if (encodedTable != null) {
            long id = TableCodec.decode("", "", encodedTable).id();
            if (id != keptId) {
                removeRows(id);
            }
        }
    }

    /** Removes a TEMPORARY table's row maps (its definition was never stored); written with the next commit. */
    public void removeTemporaryRows(long tableId) {
        synchronized (writeLock) {
            removeRows(tableId);
        }
    }

    /** Removes one unique key's map (ALTER TABLE ... DROP INDEX); committed with the new definition. */
    public void removeUniqueKey(long tableId, String keyName) {
        synchronized (writeLock) {
            if (store.hasMap(uniqueMapName(tableId, keyName))) {
                store.removeMap(uniqueMapName(tableId, keyName));
            }
        }
    }

    public void createDatabase(String name) {
        synchronized (writeLock) {
            databases.put(name, 0L);
            commit();
        }
    }

    /** Removes a database and everything in it, in one commit. */
    public void dropDatabase(String name) {
        synchronized (writeLock) {
            String prefix = name + KEY_SEPARATOR;
            for (Map.Entry<String, Object[]> table : tables.entrySet()) {
                if (table.getKey().startsWith(prefix)) {
                    removeRowsOf(table.getValue(), -1);
                }
            }
            removePrefixed(sequences, prefix);
            removePrefixed(positions, prefix);
            removePrefixed(tables, prefix);
            databases.remove(name);
            commit();
        }
    }

    private static void removePrefixed(MVMap<String, ?> map, String prefix) {
        List<String> doomed = new ArrayList<>();
        for (String key : map.keySet()) {
            if (key.startsWith(prefix)) {
                doomed.add(key);
            }
        }
        doomed.forEach(map::remove);
    }

    /** Creates or replaces a sequence's definition and row, in one commit. */
    public void putSequence(String database, String name, SequenceDefinition definition, long version,
                            SequencePosition position) {
        synchronized (writeLock) {
            String key = key(database, name);
            removeRowsOf(tables.remove(key), -1);
            sequences.put(key, SequenceCodec.encode(definition, version));
            positions.put(key, entry(position, position.nextNotCached()));
            commit();
        }
    }

    /** A sequence's definition alone (ALTER TABLE ... COMMENT=), its row unchanged. */
    public void putDefinition(String database, String name, SequenceDefinition definition, long version) {
        synchronized (writeLock) {
            sequences.put(key(database, name), SequenceCodec.encode(definition, version));
            commit();
        }
    }

    /**
     * The reservation of a cache block (or SETVAL): the row and where a kill resumes the sequence
     * ({@code resumeAfterKill}, in the row's round, not before the row), committed.
     */
    public void putPosition(String database, String name, SequencePosition row, long resumeAfterKill) {
        synchronized (writeLock) {
            recordPosition(database, name, row, resumeAfterKill);
            commit();
        }
    }

    /**
     * A block reserved within the resume point already committed: the row changes at once for every
     * reader and reaches the file with the next commit (of anything, or the close), the hot write
     * that needs no commit of its own (invariant 6).
     */
    public void recordPosition(String database, String name, SequencePosition row, long resumeAfterKill) {
        synchronized (writeLock) {
            positions.put(key(database, name), entry(row, resumeAfterKill));
        }
    }

    /** A {@code positions} entry: the row's two columns, then the resume point (invariant 6). */
    private static long[] entry(SequencePosition row, long resumeAfterKill) {
        return new long[] {row.nextNotCached(), row.round(), resumeAfterKill};
    }

    public void removeObject(String database, String name) {
        synchronized (writeLock) {
            String key = key(database, name);
            sequences.remove(key);
            positions.remove(key);
            removeRowsOf(tables.remove(key), -1);
            commit();
        }
    }

    /**
     * Moves a sequence or table to a new name (and database), and stores {@code redirectedChildren} (tables whose
     * foreign keys now name the new one, keeping their ids and rows), in one commit.
     */
    public void renameObject(String database, String name, String newDatabase, String newName, long newVersion,
                             List<StoredTable> redirectedChildren) {
        synchronized (writeLock) {
            String from = key(database, name);
            String to = key(newDatabase, newName);
            Object[] sequence = sequences.remove(from);
            if (sequence != null) {
                sequences.put(to, SequenceCodec.withVersion(sequence, newVersion));
                positions.put(to, positions.remove(from));
            }
            Object[] table = tables.remove(from);
            if (table != null) {
                removeRowsOf(tables.put(to, table), TableCodec.decode("", "", table).id());
            }
            for (StoredTable child : redirectedChildren) {
                tables.put(key(child.database(), child.name()), TableCodec.encode(child));
            }
            commit();
        }
    }

    public void putTable(StoredTable table) {
        synchronized (writeLock) {
            String key = key(table.database(), table.name());
            sequences.remove(key);
            positions.remove(key);
            removeRowsOf(tables.put(key, TableCodec.encode(table)), table.id());
            commit();
        }
    }

    private void commit() {
        try {
            store.commit();
            if (durability == Durability.SYNC) {
                store.sync();
            }
        } catch (MVStoreException e) {
            throw new SeqDbException(e, ErrorCode.ER_CANT_OPEN_FILE, fileName, "write failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            if (!store.isClosed()) {
                if (!isInMemory() && !store.isReadOnly()) {
                    meta.put(OPEN_KEY, Boolean.FALSE);
                }
                store.close();
            }
        }
    }

    private static String key(String database, String name) {
        return database + KEY_SEPARATOR + name;
    }
}
