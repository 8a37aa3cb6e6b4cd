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
 * carries a transaction id is stranded: it is set back to its committed value (removed when it
 * had none), through one transaction of our own and H2's own handling of such leftovers.
 */
final class StrandedChanges {
    private StrandedChanges() {
    }

    /** Rolls back the stranded entries of the maps named {@code rowMapNames}; returns how many there were. */
    static int rollBack(TransactionStore rowStore, List<String> rowMapNames) {
        Transaction repair = rowStore.begin();
        int stranded = 0;
        for (String name : rowMapNames) {
            TransactionMap<Object, Object> map = repair.openMap(name);
            for (Map.Entry<Object, Object> entry : strandedEntries(map.map)) {
                if (entry.getValue() == null) {
                    map.remove(entry.getKey());
                } else {
                    map.put(entry.getKey(), entry.getValue());
                }
                stranded++;
            }
        }
        if (stranded == 0) {
            repair.rollback();
        } else {
            repair.commit();
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
