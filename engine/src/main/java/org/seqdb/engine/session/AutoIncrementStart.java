package org.seqdb.engine.session;

import java.util.Iterator;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.store.RowTransaction;
import org.seqdb.engine.table.TableShape;

/**
 * Where a table's AUTO_INCREMENT counter starts when first used after the database was opened:
 * above every value its rows have (those of open transactions too), and not below the counter
 * stored at the last commit or the table's AUTO_INCREMENT=n.
 */
final class AutoIncrementStart {
    private AutoIncrementStart() {
    }

    static long of(SessionState state, TableHandle table) {
        long start = Math.max(table.definition().autoIncrementStart(),
                state.database.catalog().storedAutoIncrement(table));
        return Math.max(start, highestValue(state, table) + 1);
    }

    private static long highestValue(SessionState state, TableHandle table) {
        TableShape shape = table.shape();
        int column = shape.autoIncrementColumn();
        TableShape.KeyShape primary = shape.primaryKey();
        RowTransaction reader = state.database.catalog().beginTransaction(0);
        try {
            TableRows rows = new TableRows(reader, table);
            if (primary != null && primary.columns().length == 1 && primary.columns()[0] == column) {
                Object last = reader.rows(shape.id()).lastKeyOfAnyTransaction();
                return last instanceof Long l ? l : 0;
            }
            long highest = 0;
            for (Iterator<TableRows.StoredRow> it = rows.scan(); it.hasNext(); ) {
                Object value = it.next().values()[column];
                if (value instanceof Long l) {
                    highest = Math.max(highest, l);
                } else if (value instanceof Double d) {
                    highest = Math.max(highest, (long) Math.floor(d));
                }
            }
            return highest;
        } finally {
            reader.rollback();
        }
    }
}
