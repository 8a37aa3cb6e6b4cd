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
 * One transaction on table rows (H2's MVStore {@link Transaction}): what it writes is seen by
 * other transactions only after {@link #commit()}, and is undone by {@link #rollback()} or, after
 * a crash, when the store is opened again.
 *
 * <p>At {@link Isolation#repeatable() REPEATABLE READ} (and SERIALIZABLE), as in InnoDB, the first
 * consistent read of the transaction (a SELECT) fixes a snapshot of every table's rows at once,
 * and later SELECTs read that snapshot plus the transaction's own changes; writes, locking reads
 * and foreign key checks read the newest committed rows ({@link RowMap}). At READ COMMITTED every
 * read sees what is committed when it reads.
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
    private final Isolation isolation;
    /** True once a repeatable read's snapshot is fixed. */
    private boolean snapshotTaken;
    /** The transaction lasts beyond one statement: its snapshot must cover every table, not the statement's. */
    private boolean lasting;
    /** Statements within statements (a subquery, a foreign key check) share the outermost one's start. */
    private int statementDepth;

    RowTransaction(Store store, Transaction transaction, Isolation isolation) {
        this.store = store;
        this.transaction = transaction;
        this.isolation = isolation;
    }

    public Isolation isolation() {
        return isolation;
    }

    /** Marks a transaction that lasts beyond its statement (START TRANSACTION, or autocommit off). */
    public void setLasting(boolean lastsBeyondStatement) {
        this.lasting = lastsBeyondStatement;
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
                map = new RowMap(opened, isolation.repeatable());
            } catch (MVStoreException e) {
                throw RowMap.translate(e);
            }
            maps.put(name, map);
        }
        return map;
    }

    /** The start of a statement that reads {@code used} maps consistently (a SELECT). */
    public void statementStart(Iterable<RowMap> used) {
        statementStart(used, true);
    }

    /**
     * Marks the start of a statement over {@code used} maps: the versions they read stay in the
     * file while it runs. At REPEATABLE READ the first consistent read ({@code consistent}) fixes the
     * transaction's snapshot of every table; writes ({@code consistent} false) fix nothing, since
     * InnoDB's writes read the newest rows and start no read view.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void statementStart(Iterable<RowMap> used, boolean consistent) {
        if (statementDepth++ > 0) {
            return;
        }
        HashSet<MVMap<Object, VersionedValue<Object>>> underlying = new HashSet<>();
        if (isolation.repeatable() && consistent && !snapshotTaken) {
            if (lasting) {
                underlying.addAll(everyRowMap());
            }
            snapshotTaken = true;
        }
        if (!isolation.repeatable() || consistent) {
            for (RowMap map : used) {
                underlying.add((MVMap) map.underlying());
            }
        }
        try {
            transaction.markStatementStart(underlying);
        } catch (MVStoreException e) {
            throw RowMap.translate(e);
        }
    }

    /** START TRANSACTION WITH CONSISTENT SNAPSHOT: the repeatable read's snapshot is fixed now. */
    public void takeSnapshot() {
        if (isolation.repeatable() && !snapshotTaken) {
            statementStart(java.util.List.of(), true);
            statementEnd();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private java.util.List<MVMap<Object, VersionedValue<Object>>> everyRowMap() {
        java.util.List<MVMap<Object, VersionedValue<Object>>> all = new java.util.ArrayList<>();
        for (String name : store.allRowMapNames()) {
            all.add((MVMap) map(name).underlying());
        }
        return all;
    }

    public void statementEnd() {
        if (--statementDepth > 0) {
            return;
        }
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

    /**
     * True until the transaction has ended: also while it is no longer open but not ended yet (H2
     * marks a deadlock victim "rolling back" and leaves ending it, its locks and its hold on old
     * versions of the file, to its owner).
     */
    public boolean needsEnd() {
        int status = transaction.getStatus();
        return status == Transaction.STATUS_OPEN || status == Transaction.STATUS_PREPARED || status == H2_ROLLING_BACK;
    }

    /** H2's Transaction.STATUS_ROLLING_BACK (private there): a deadlock victim not yet rolled back. */
    private static final int H2_ROLLING_BACK = 4;
}
