package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.store.RowMap;
import org.seqdb.engine.store.RowTransaction;
import org.seqdb.engine.table.RowKeys;
import org.seqdb.engine.table.StorageForm;
import org.seqdb.engine.table.TableShape;

/**
 * One table's rows as one transaction reads and writes them: rows keyed by their primary key
 * (or a hidden row number), and one map per UNIQUE key that holds each row's key values. Every
 * write keeps the two in step and checks uniqueness as it goes, so a duplicate is found at the
 * row that makes it (1062), as InnoDB finds it.
 */
final class TableRows {
    /** A row as read: the key it is stored under and its column values. */
    record StoredRow(Object key, Object[] values) {
    }

    private final TableHandle table;
    private final TableShape shape;
    private final RowMap rows;
    private final List<TableShape.KeyShape> uniqueKeys;
    private final List<RowMap> uniqueMaps = new ArrayList<>();
    private final SessionState counters;

    TableRows(RowTransaction transaction, TableHandle table) {
        this(transaction, table, null);
    }

    /** @param counters where key lookups and scanned rows are counted (SHOW STATUS), or null */
    TableRows(RowTransaction transaction, TableHandle table, SessionState counters) {
        this.counters = counters;
        this.table = table;
        this.shape = table.shape();
        this.rows = transaction.rows(shape.id());
        this.uniqueKeys = shape.uniqueKeys();
        for (TableShape.KeyShape key : uniqueKeys) {
            uniqueMaps.add(transaction.uniqueKey(shape.id(), key.name()));
        }
    }

    /** The maps a statement on this table uses, for its consistent view. */
    List<RowMap> maps() {
        List<RowMap> all = new ArrayList<>(uniqueMaps);
        all.add(rows);
        return all;
    }

    TableShape shape() {
        return shape;
    }

    TableHandle table() {
        return table;
    }

    /** The row stored under {@code key}, or null. */
    Object[] get(Object key) {
        if (counters != null) {
            counters.rowsReadByKey++;
        }
        Object stored = rows.get(key);
        return stored == null ? null : StorageForm.fromStored((Object[]) stored, shape);
    }

    /**
     * The row as the running statement has left it (null if it deleted it), not counted in SHOW STATUS:
     * UPDATE and DELETE look again at each row they found, since a foreign key's cascade may have changed it.
     */
    Object[] current(Object key) {
        Object stored = rows.get(key);
        return stored == null ? null : StorageForm.fromStored((Object[]) stored, shape);
    }

    /** Locks the row (waiting for a transaction that has it) and returns its newest values, or null if gone. */
    Object[] lock(Object key) {
        if (counters != null) {
            counters.rowsReadByKey++;
        }
        Object stored = rows.lock(key);
        return stored == null ? null : StorageForm.fromStored((Object[]) stored, shape);
    }

    /** The primary key of the row whose unique key {@code keyIndex} (of {@link TableShape#uniqueKeys}) is {@code value}. */
    Object findByUnique(int keyIndex, Object value) {
        if (counters != null) {
            counters.rowsReadByKey++;
        }
        return uniqueMaps.get(keyIndex).get(value);
    }

    /** The row under {@code key} as a foreign key check reads it: newest committed, waiting for a writer. */
    Object[] getSettled(Object key) {
        if (counters != null) {
            counters.rowsReadByKey++;
        }
        Object stored = rows.getSettled(key);
        return stored == null ? null : StorageForm.fromStored((Object[]) stored, shape);
    }

    /** The primary key under unique key {@code keyIndex}'s {@code value} as a locking read sees it: the newest. */
    Object findByUniqueLatest(int keyIndex, Object value) {
        if (counters != null) {
            counters.rowsReadByKey++;
        }
        return uniqueMaps.get(keyIndex).latest(value);
    }

    /** The primary key under unique key {@code keyIndex}'s {@code value}, waiting for a writer of that entry. */
    Object findByUniqueSettled(int keyIndex, Object value) {
        if (counters != null) {
            counters.rowsReadByKey++;
        }
        return uniqueMaps.get(keyIndex).getSettled(value);
    }

    /** A row as a foreign key check scans it: its values, and those another open transaction wrote (or null). */
    record CandidateRow(Object key, Object[] values, Object[] pendingValues) {
    }

    /** Every row, with the ones other open transactions are writing (see {@link RowMap#candidates()}). */
    Iterator<CandidateRow> candidates() {
        Iterator<RowMap.Candidate> raw = rows.candidates();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return raw.hasNext();
            }

            @Override
            public CandidateRow next() {
                RowMap.Candidate c = raw.next();
                if (counters != null) {
                    counters.rowsReadByScan++;
                }
                return new CandidateRow(c.key(), decode(c.value()), decode(c.pendingValue()));
            }
        };
    }

    private Object[] decode(Object stored) {
        return stored == null ? null : StorageForm.fromStored((Object[]) stored, shape);
    }

    /** Every row, in key order, as a consistent read sees them. */
    Iterator<StoredRow> scan() {
        return rows(rows.entries(null));
    }

    /** Every row, in key order, as a locking read sees them: the newest committed ones (see {@link RowMap#latestEntries}). */
    Iterator<StoredRow> scanLatest() {
        return rows(rows.latestEntries());
    }

    private Iterator<StoredRow> rows(Iterator<Map.Entry<Object, Object>> entries) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public StoredRow next() {
                Map.Entry<Object, Object> entry = entries.next();
                if (counters != null) {
                    counters.rowsReadByScan++;
                }
                return new StoredRow(entry.getKey(), StorageForm.fromStored((Object[]) entry.getValue(), shape));
            }
        };
    }

    /** The key a new row is stored under: its primary key, or the next hidden row number. */
    Object keyFor(Object[] values) {
        TableShape.KeyShape primary = shape.primaryKey();
        if (primary != null) {
            return RowKeys.of(primary, values, shape);
        }
        return table.takeRowNumber(() -> {
            Object last = rows.lastKeyOfAnyTransaction();
            return last instanceof Long l ? l + 1 : 1;
        });
    }

    /** Adds a row; 1062 if its primary key or a unique key is taken. Returns the key it is stored under. */
    Object insert(Object[] values) {
        Object key = keyFor(values);
        if (rows.putIfAbsent(key, StorageForm.toStored(values)) != null) {
            throw duplicate(shape.primaryKey(), values);
        }
        for (int i = 0; i < uniqueKeys.size(); i++) {
            Object unique = RowKeys.of(uniqueKeys.get(i), values, shape);
            if (unique != null && uniqueMaps.get(i).putIfAbsent(unique, key) != null) {
                throw duplicate(uniqueKeys.get(i), values);
            }
        }
        return key;
    }

    /** Replaces a row's values; the row moves if its primary key changed. Returns its (new) key. */
    Object update(Object key, Object[] old, Object[] values) {
        Object newKey = shape.primaryKey() == null ? key : RowKeys.of(shape.primaryKey(), values, shape);
        boolean moved = !sameKey(key, newKey);
        if (moved) {
            if (rows.putIfAbsent(newKey, StorageForm.toStored(values)) != null) {
                throw duplicate(shape.primaryKey(), values);
            }
            rows.remove(key);
        } else {
            rows.put(key, StorageForm.toStored(values));
        }
        for (int i = 0; i < uniqueKeys.size(); i++) {
            Object before = RowKeys.of(uniqueKeys.get(i), old, shape);
            Object after = RowKeys.of(uniqueKeys.get(i), values, shape);
            RowMap map = uniqueMaps.get(i);
            if (sameKey(before, after)) {
                if (after != null && moved) {
                    map.put(after, newKey);
                }
                continue;
            }
            if (before != null) {
                map.remove(before);
            }
            if (after != null && map.putIfAbsent(after, newKey) != null) {
                throw duplicate(uniqueKeys.get(i), values);
            }
        }
        return newKey;
    }

    void delete(Object key, Object[] values) {
        rows.remove(key);
        for (int i = 0; i < uniqueKeys.size(); i++) {
            Object unique = RowKeys.of(uniqueKeys.get(i), values, shape);
            if (unique != null) {
                uniqueMaps.get(i).remove(unique);
            }
        }
    }

    private SeqDbException duplicate(TableShape.KeyShape key, Object[] values) {
        return new SeqDbException(ErrorCode.ER_DUP_ENTRY, RowKeys.describe(key, values, shape), key.name());
    }

    static boolean sameKey(Object a, Object b) {
        if (a instanceof Object[] x && b instanceof Object[] y) {
            return Arrays.deepEquals(x, y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
