package org.seqdb.engine.store;

import java.util.Iterator;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.value.VersionedValue;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;

/**
 * A map of rows (or of unique key entries) as one transaction sees it: committed entries, plus
 * its own changes. Keys are Long, String, BigDecimal, Double, byte[] or Object[] of those; values
 * are Object[] row values, or a primary key for unique key maps. Writes lock the entry.
 */
public final class RowMap {
    private final TransactionMap<Object, Object> map;
    /** The transaction reads a snapshot (REPEATABLE READ): locking reads must then look past it. */
    private final boolean repeatable;

    RowMap(TransactionMap<Object, Object> map, boolean repeatable) {
        this.map = map;
        this.repeatable = repeatable;
    }

    MVMap<Object, ?> underlying() {
        return map.map;
    }

    /** The entry as a consistent read sees it: the snapshot's (REPEATABLE READ) or the committed one, and this transaction's own. */
    public Object get(Object key) {
        try {
            return map.getFromSnapshot(key);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    /** The newest committed value or this transaction's own, whatever snapshot the transaction reads. */
    public Object latest(Object key) {
        try {
            return map.getImmediate(key);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    /**
     * Locks the entry for this transaction (waiting for another that holds it) and returns its
     * newest committed value or this transaction's own, or null if there is none. At REPEATABLE
     * READ this is InnoDB's locking read: the newest row, not the snapshot's (H2's own lock would
     * refuse a row changed since the snapshot), so the entry is locked by writing its newest value
     * back (written again if another transaction changed it while this one waited).
     */
    public Object lock(Object key) {
        try {
            if (!repeatable) {
                return map.lock(key);
            }
            Object newest = map.getImmediate(key);
            if (newest == null) {
                // nothing committed: a row another transaction is adding is waited for (H2's lock
                // refuses only a row the snapshot has, which this one is not)
                return isPendingElsewhere(key) ? map.lock(key) : null;
            }
            Object found = map.put(key, newest);
            if (found == null) {
                map.remove(key);
                return null;
            }
            if (found != newest) {
                map.put(key, found);
            }
            return found;
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    /**
     * Adds the entry unless the key is taken (waiting for a transaction that holds it); returns the
     * value found. At REPEATABLE READ, a key the snapshot has but another transaction has since
     * deleted is free (H2 would count the snapshot's entry).
     */
    public Object putIfAbsent(Object key, Object value) {
        try {
            Object found = map.putIfAbsent(key, value);
            if (found == null || !repeatable || map.getImmediate(key) != null) {
                return found;
            }
            Object overwritten = map.put(key, value);
            if (overwritten != null) {
                // another transaction added it meanwhile: its entry stays, this one is a duplicate
                map.put(key, overwritten);
                return overwritten;
            }
            return null;
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

    /**
     * The newest committed value or this transaction's own; when another open transaction is
     * changing the entry, waits for it to end (by locking the entry) and returns what it left.
     * Foreign key checks read parents and children this way.
     */
    public Object getSettled(Object key) {
        if (isPendingElsewhere(key)) {
            return lock(key);
        }
        return latest(key);
    }

    /** True if another open transaction has changed the entry and not committed yet. */
    private boolean isPendingElsewhere(Object key) {
        try {
            VersionedValue<?> raw = (VersionedValue<?>) map.map.get(key);
            return raw != null && raw.getOperationId() != 0 && !map.isSameTransaction(key);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    /**
     * An entry as {@link #candidates()} sees it: its newest value (this transaction's own, or the
     * committed one), and when another open transaction is changing it, also the value it wrote.
     */
    public record Candidate(Object key, Object value, Object pendingValue, boolean pending) {
    }

    /**
     * Every entry in key order, also those another open transaction has added or changed and not
     * committed, with both values: a foreign key check that finds a matching one waits for that
     * transaction ({@link #getSettled}), so that a row it adds or removes is not missed.
     */
    public Iterator<Candidate> candidates() {
        Iterator<? extends Map.Entry<Object, ?>> raw = map.map.entrySet().iterator();
        return new Iterator<>() {
            private Candidate next = advance();

            private Candidate advance() {
                while (raw.hasNext()) {
                    Map.Entry<Object, ?> entry = raw.next();
                    VersionedValue<?> value = (VersionedValue<?>) entry.getValue();
                    Object key = entry.getKey();
                    if (value.getOperationId() == 0) {
                        if (value.getCurrentValue() != null) {
                            return new Candidate(key, value.getCurrentValue(), null, false);
                        }
                    } else if (map.isSameTransaction(key)) {
                        if (value.getCurrentValue() != null) {
                            return new Candidate(key, value.getCurrentValue(), null, false);
                        }
                    } else if (value.getCurrentValue() != null || value.getCommittedValue() != null) {
                        return new Candidate(key, value.getCommittedValue(), value.getCurrentValue(), true);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Candidate next() {
                Candidate result = next;
                next = advance();
                return result;
            }
        };
    }

    /**
     * Every entry as a locking read sees it, in key order: the newest committed value or this
     * transaction's own (another transaction's uncommitted change shows its committed value; the
     * caller locks what it takes, which waits for that transaction).
     */
    public Iterator<Map.Entry<Object, Object>> latestEntries() {
        Iterator<Candidate> all = candidates();
        return new Iterator<>() {
            private Map.Entry<Object, Object> next = advance();

            private Map.Entry<Object, Object> advance() {
                while (all.hasNext()) {
                    Candidate c = all.next();
                    if (c.value() != null) {
                        return new java.util.AbstractMap.SimpleImmutableEntry<>(c.key(), c.value());
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Map.Entry<Object, Object> next() {
                Map.Entry<Object, Object> result = next;
                next = advance();
                return result;
            }
        };
    }

    /** Every entry from {@code from} (inclusive, null: the first) in key order. */
    public Iterator<Map.Entry<Object, Object>> entries(Object from) {
        try {
            return map.entryIterator(from, null);
        } catch (MVStoreException e) {
            throw translate(e);
        }
    }

    /** How many entries this transaction sees. */
    public long size() {
        try {
            return map.sizeAsLong();
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
