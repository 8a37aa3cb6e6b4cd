package org.seqdb.engine.session;

import java.util.function.Supplier;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.store.Isolation;
import org.seqdb.engine.store.RowTransaction;

/**
 * A session's transaction on table rows, as MariaDB runs them:
 * <ul>
 * <li>with autocommit on (the default) each statement that reads or writes rows is a
 *     transaction of its own, committed when it succeeds;</li>
 * <li>after {@code SET autocommit=0} the first such statement starts a transaction that lasts
 *     until COMMIT or ROLLBACK; START TRANSACTION / BEGIN start one whatever autocommit is, and
 *     commit the one before;</li>
 * <li>a statement that fails undoes only its own changes (a savepoint before it), except a
 *     deadlock, which rolls the whole transaction back;</li>
 * <li>DDL, SET autocommit=1 and START TRANSACTION commit the open transaction first.</li>
 * <li>a transaction runs at the session's isolation level (tx_isolation, REPEATABLE-READ unless
 *     set), or at the one SET TRANSACTION ISOLATION LEVEL chose for the next transaction only.</li>
 * </ul>
 * Sequences are not part of it: a value NEXTVAL handed out is never given back.
 */
final class Transactions {

    private final SessionState state;
    private RowTransaction open;
    private boolean explicit;
    /** SET TRANSACTION ISOLATION LEVEL without SESSION or GLOBAL: the next transaction's level, once. */
    private Isolation next;

    Transactions(SessionState state) {
        this.state = state;
    }

    private boolean autocommit() {
        Object value = state.variables.get(null, "autocommit");
        return !(value instanceof Long l) || l != 0;
    }

    /** True while a transaction lasts beyond the statement (START TRANSACTION, or autocommit off). */
    boolean inTransaction() {
        return explicit || !autocommit();
    }

    /** The transaction the running statement reads and writes in (one is started if none is open). */
    RowTransaction current() {
        if (open == null || !open.isOpen()) {
            if (open != null && open.needsEnd()) {
                open.rollback();
            }
            Isolation isolation = next != null ? next : sessionIsolation();
            next = null;
            open = state.database.catalog().beginTransaction(lockWaitMillis(), isolation);
            open.setLasting(inTransaction());
        }
        return open;
    }

    /** The session's isolation level: tx_isolation. */
    Isolation sessionIsolation() {
        Isolation isolation = Isolation.ofVariable(String.valueOf(state.variables.get(null, "tx_isolation")));
        return isolation == null ? Isolation.REPEATABLE_READ : isolation;
    }

    /** SET TRANSACTION ISOLATION LEVEL x: for the next transaction; 1568 while one is in progress. */
    void setNextIsolation(Isolation isolation) {
        if (explicit || !autocommit() && open != null && open.isOpen()) {
            throw new SeqDbException(ErrorCode.ER_CANT_CHANGE_TX_CHARACTERISTICS);
        }
        if (isolation != null) {
            next = isolation;
        }
    }

    /** True if plain SELECTs lock what they read: a SERIALIZABLE transaction that lasts beyond the statement. */
    boolean locksReads() {
        return inTransaction() && current().isolation() == Isolation.SERIALIZABLE;
    }

    /** innodb_lock_wait_timeout (seconds; 50 by default): how long a write waits for a row another transaction holds. */
    private int lockWaitMillis() {
        Object seconds = state.variables.get(null, "innodb_lock_wait_timeout");
        long value = seconds instanceof Long l ? l : 50;
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE / 1000, value)) * 1000;
    }

    /**
     * Runs a statement on rows: its changes are undone if it fails, and committed at its end
     * unless a transaction lasts beyond it.
     */
    <T> T statement(Supplier<T> work) {
        RowTransaction transaction = current();
        transaction.setLockWait(lockWaitMillis());
        long savepoint = transaction.savepoint();
        T result;
        try {
            result = work.get();
        } catch (SeqDbException e) {
            if (e.vendorCode() == ErrorCode.ER_LOCK_DEADLOCK.vendorCode() || !inTransaction()) {
                rollback();
            } else {
                transaction.rollbackTo(savepoint);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
        if (!inTransaction()) {
            commit();
        }
        return result;
    }

    /** START TRANSACTION / BEGIN: the open transaction is committed, a new one lasts until COMMIT or ROLLBACK. */
    void begin() {
        begin(false);
    }

    /** START TRANSACTION [WITH CONSISTENT SNAPSHOT]: with it, a repeatable read's snapshot is taken now. */
    void begin(boolean consistentSnapshot) {
        commit();
        explicit = true;
        if (consistentSnapshot) {
            current().takeSnapshot();
        }
    }

    void commit() {
        explicit = false;
        RowTransaction ending = open;
        open = null;
        if (ending != null && ending.isOpen()) {
            ending.commit();
        } else if (ending != null && ending.needsEnd()) {
            // a deadlock victim: rolled back, as MariaDB rolled it back when it chose it
            ending.rollback();
        }
    }

    void rollback() {
        explicit = false;
        RowTransaction ending = open;
        open = null;
        if (ending != null && ending.needsEnd()) {
            ending.rollback();
        }
    }

    /** DDL ends the open transaction first, as MariaDB's implicit commit does. */
    void implicitCommit() {
        commit();
    }

    /** SET autocommit: turning it on commits the open transaction (also one START TRANSACTION began). */
    void autocommitSet() {
        if (autocommit()) {
            commit();
        }
    }

    /** The session ends: what it did not commit is rolled back. */
    void close() {
        rollback();
    }
}
