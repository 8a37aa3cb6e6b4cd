package org.seqdb.engine.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.value.VersionedValue;

/**
 * One transaction on table rows (H2's MVStore {@link Transaction}, READ COMMITTED): what it
 * writes is seen by other transactions only after {@link #commit()}, and is undone by
 * {@link #rollback()} or, after a crash, when the store is opened again.
 *
 * <h2>Invariants</h2>
 * <ol>
 * <li>{@link #commit()} returns only after the commit is in the file (and, with SYNC, fsynced): the
 *     transaction's rows then survive a kill of the process. Before it, the rows may reach the file
 *     (any commit of the store writes every map), but with their undo log, so opening the file again
 *     rolls them back.</li>
 * <li>A row written by an open transaction is locked: another transaction that writes it waits
 *     until this one ends, or fails with a lock wait timeout or as a deadlock victim.</li>
 * </ol>
 */
public final class RowTransaction {
    private final Store store;
    private final Transaction transaction;
    private final Map<String, RowMap> maps = new HashMap<>();

    RowTransaction(Store store, Transaction transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    /** The rows of the table whose row maps are numbered {@code tableId}: primary key to row values. */
    public RowMap rows(long tableId) {
        return map(Store.rowMapName(tableId));
    }

    /** A unique key of that table: key values to the primary key of the row that has them. */
    public RowMap uniqueKey(long tableId, String keyName) {
        return map(Store.uniqueMapName(tableId, keyName));
    }

    private RowMap map(String name) {
        RowMap map = maps.get(name);
        if (map == null) {
            try {
                TransactionMap<Object, Object> opened = transaction.openMap(name);
                map = new RowMap(opened);
            } catch (MVStoreException e) {
                throw RowMap.translate(e);
            }
            maps.put(name, map);
        }
        return map;
    }

    /**
     * Marks the start of a statement over {@code used} maps: they are read as of this moment for the
     * rest of the statement (a consistent view), and the versions they read stay in the file.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void statementStart(Iterable<RowMap> used) {
        HashSet<MVMap<Object, VersionedValue<Object>>> underlying = new HashSet<>();
        for (RowMap map : used) {
            underlying.add((MVMap) map.underlying());
        }
        transaction.markStatementStart(underlying);
    }

    public void statementEnd() {
        transaction.markStatementEnd();
    }

    /** How long a write waits for a row another transaction holds before it fails with 1205. */
    public void setLockWait(int millis) {
        transaction.setTimeoutMillis(millis);
    }

    /** A point the transaction can go back to: a failed statement undoes only its own changes. */
    public long savepoint() {
        return transaction.setSavepoint();
    }

    public void rollbackTo(long savepoint) {
        transaction.rollbackToSavepoint(savepoint);
    }

    public boolean hasChanges() {
        return transaction.hasChanges();
    }

    /** Commits; durable on return when it changed anything (invariant 1). */
    public void commit() {
        end(transaction::commit);
    }

    public void rollback() {
        end(transaction::rollback);
    }

    private void end(Runnable how) {
        try {
            if (transaction.hasChanges()) {
                store.endTransaction(how);
            } else {
                how.run();
            }
        } catch (MVStoreException e) {
            throw RowMap.translate(e);
        }
    }

    /** True while the transaction can still read and write (not committed or rolled back). */
    public boolean isOpen() {
        return transaction.getStatus() == Transaction.STATUS_OPEN;
    }
}
