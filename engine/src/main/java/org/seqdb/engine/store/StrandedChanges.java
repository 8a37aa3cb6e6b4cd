package org.seqdb.engine.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.value.VersionedValue;

/**
 * Rolls back row changes that a killed process left in the file without their undo records
 * (Store invariant 6).
 *
 * <p>Why they exist: MVStore takes the maps of a commit one after the other, and a commit can
 * come from another thread (a cache block's reservation, another transaction's end) while a
 * transaction writes a row. If it takes the undo log before the write and the row map after it,
 * the file holds the uncommitted row but not the record that would undo it. After a kill,
 * TransactionStore knows nothing of that transaction, and the entry still carries its
 * transaction id: a new transaction that gets the same id (ids are reused from 1) takes it for
 * its own change, reads the uncommitted row and trips over its unique key.
 *
 * <p>Once the leftover transactions are ended, no transaction is open, so every entry that still
 * carries a transaction id is stranded: it is set back to its committed value, or removed when it
 * had none. This writes the map entries directly, as TransactionStore itself does when a
 * transaction commits, and not through a transaction's own writes: those would treat an entry of
 * a transaction id the repair happens to get as the repair's own, and wait for or retry on others.
 */
final class StrandedChanges {
    private StrandedChanges() {
    }

    /**
     * Rolls back the stranded entries of the maps named {@code rowMapNames}; returns how many there
     * were. Only while no row transaction is open (Store.initialise, under the write lock).
     */
    static int rollBack(TransactionStore rowStore, List<String> rowMapNames) {
        // a transaction only to open the maps with their types; it writes nothing
        Transaction opener = rowStore.begin();
        int stranded = 0;
        try {
            for (String name : rowMapNames) {
                TransactionMap<Object, Object> map = opener.openMap(name);
                for (Map.Entry<Object, Object> entry : strandedEntries(map.map)) {
                    if (entry.getValue() == null) {
                        map.map.remove(entry.getKey());
                    } else {
                        map.putCommitted(entry.getKey(), entry.getValue());
                    }
                    stranded++;
                }
            }
        } finally {
            opener.rollback();
        }
        return stranded;
    }

    /** Key and committed value (null: none) of every entry that names a transaction. */
    private static List<Map.Entry<Object, Object>> strandedEntries(MVMap<Object, VersionedValue<Object>> raw) {
        List<Map.Entry<Object, Object>> stranded = new ArrayList<>();
        for (Map.Entry<Object, VersionedValue<Object>> entry : raw.entrySet()) {
            VersionedValue<Object> value = entry.getValue();
            if (value.getOperationId() != 0) {
                stranded.add(new java.util.AbstractMap.SimpleImmutableEntry<>(entry.getKey(), value.getCommittedValue()));
            }
        }
        return stranded;
    }
}
