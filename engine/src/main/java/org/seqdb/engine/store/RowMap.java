package org.seqdb.engine.store;

import java.util.Iterator;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.tx.TransactionMap;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;

/**
 * A map of rows (or of unique key entries) as one transaction sees it: committed entries, plus
 * its own changes. Keys are Long, String, BigDecimal, Double, byte[] or Object[] of those; values
 * are Object[] row values, or a primary key for unique key maps. Writes lock the entry.
 */
public final class RowMap {
    private final TransactionMap<Object, Object> map;

    RowMap(TransactionMap<Object, Object> map) {
        this.map = map;
    }

    MVMap<Object, ?> underlying() {
        return map.map;
    }

    public Object get(Object key) {
        try {
            return map.get(key);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    /**
     * Locks the entry for this transaction (waiting for another that holds it) and returns its
     * newest committed value or this transaction's own, or null if there is none.
     */
    public Object lock(Object key) {
        try {
            return map.lock(key);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    /** Adds the entry unless the key is taken (waiting for a transaction that holds it); returns the value found. */
    public Object putIfAbsent(Object key, Object value) {
        try {
            return map.putIfAbsent(key, value);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    public void put(Object key, Object value) {
        try {
            map.put(key, value);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    public void remove(Object key) {
        try {
            map.remove(key);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    /** Every entry from {@code from} (inclusive, null: the first) in key order. */
    public Iterator<Map.Entry<Object, Object>> entries(Object from) {
        try {
            return map.entryIterator(from, null);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    /** The highest key, counting entries other transactions have not committed yet; null if empty. */
    public Object lastKeyOfAnyTransaction() {
        return map.map.lastKey();
    }

    /** MVStore's lock errors as MariaDB reports them; anything else is an internal error. */
    static SeqDbException translate(MVStoreException e) {
        return switch (e.getErrorCode()) {
            case DataUtils.ERROR_TRANSACTION_LOCKED -> new SeqDbException(e, ErrorCode.ER_LOCK_WAIT_TIMEOUT);
            case DataUtils.ERROR_TRANSACTIONS_DEADLOCK -> new SeqDbException(e, ErrorCode.ER_LOCK_DEADLOCK);
            default -> new SeqDbException(e, ErrorCode.ER_INTERNAL, e.getMessage());
        };
    }
}
