package org.seqdb.engine.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.TransactionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdb.engine.DatabaseConfig;
import org.seqdb.engine.Durability;

/**
 * A killed process can leave a row change in the file without its undo record: MVStore captures
 * the maps of a commit one after the other, so a commit made by another thread (a cache block's
 * reservation, another transaction's end) while a transaction writes a row may take the row map
 * after the write and the undo log before it. TableCrashTest met this as a ghost unique-key entry
 * (a duplicate-key error for a key no committed row had) once in a few hundred kills. This test
 * makes that file on purpose: it writes an uncommitted row and a unique-key entry, closes the
 * store, then empties the undo log and marks the file as not closed cleanly, as a kill at that
 * moment would leave it.
 */
class StrandedRowChangeTest {
    private static final long TABLE = 7;

    @TempDir
    Path dir;

    @Test
    void aChangeWhoseUndoRecordIsMissingIsRolledBackWhenTheFileIsOpenedAgain() {
        DatabaseConfig config = DatabaseConfig.file(dir.resolve("db"), Durability.PROCESS);
        try (Store store = Store.open(config)) {
            // the table's definition: without one, the open after a kill removes the maps as a
            // killed process's TEMPORARY table's
            store.putTable(new StoredTable("db", "t", List.of(new StoredTable.StoredColumn("id", "bigint", false),
                    new StoredTable.StoredColumn("name", "varchar(10)", true)), "InnoDB", "", TABLE,
                    List.of(new StoredTable.StoredKey("PRIMARY", "PRIMARY", List.of("id")),
                            new StoredTable.StoredKey("UNIQUE", "name", List.of("name"))), List.of(), 1));
            RowTransaction committed = store.beginTransaction(1000);
            committed.rows(TABLE).putIfAbsent(1L, new Object[] {1L, "kept"});
            committed.uniqueKey(TABLE, "name").putIfAbsent("kept", 1L);
            committed.commit();
            RowTransaction open = store.beginTransaction(1000);
            open.rows(TABLE).putIfAbsent(2L, new Object[] {2L, "ghost"});
            open.uniqueKey(TABLE, "name").putIfAbsent("ghost", 2L);
            open.rows(TABLE).put(1L, new Object[] {1L, "changed"});
            // the store closes with the transaction still open: its undo log is in the file
        }
        strandTheOpenTransaction(config.file());

        try (Store store = Store.open(config)) {
            RowTransaction reader = store.beginTransaction(1000);
            assertArrayEquals(new Object[] {1L, "kept"}, (Object[]) reader.rows(TABLE).get(1L));
            assertNull(reader.rows(TABLE).get(2L), "the uncommitted row is not there");
            assertNull(reader.uniqueKey(TABLE, "name").get("ghost"));
            assertNull(reader.uniqueKey(TABLE, "name").putIfAbsent("ghost", 3L),
                    "the uncommitted key is free again, also for a transaction with the same id");
            assertNull(reader.rows(TABLE).putIfAbsent(2L, new Object[] {2L, "new"}));
            reader.commit();
            assertEquals(List.of(1L, 2L), keys(store));
        }
    }

    /** Empties every undo log and marks the file as left open, as a kill after the unlucky commit would. */
    private static void strandTheOpenTransaction(Path file) {
        MVStore raw = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        try {
            // opens the undo logs with their own types, so that openMap below finds them open
            new TransactionStore(raw, ConcurrentObjectDataType.INSTANCE).init();
            int emptied = 0;
            for (String name : raw.getMapNames()) {
                if (name.startsWith("undoLog")) {
                    MVMap<Object, Object> undoLog = raw.openMap(name);
                    emptied += undoLog.isEmpty() ? 0 : 1;
                    undoLog.clear();
                }
            }
            assertEquals(1, emptied, "one transaction had an undo log");
            raw.<String, Object>openMap("meta").put(Store.OPEN_KEY, Boolean.TRUE);
            raw.commit();
        } finally {
            raw.close();
        }
    }

    private static List<Object> keys(Store store) {
        RowTransaction reader = store.beginTransaction(1000);
        List<Object> keys = new ArrayList<>();
        reader.rows(TABLE).entries(null).forEachRemaining(entry -> keys.add(entry.getKey()));
        reader.commit();
        return keys;
    }
}
