package org.seqdb.engine.store;

import java.util.ArrayList;
import java.util.List;

/** A table definition as an Object[] of MVStore's built-in types; position 0 is the layout. */
final class TableCodec {
    private static final long LAYOUT = 1;
    private static final int FIXED = 3;

    private TableCodec() {
    }

    static Object[] encode(StoredTable table) {
        Object[] row = new Object[FIXED + table.columns().size() * 3];
        row[0] = LAYOUT;
        row[1] = table.engine();
        row[2] = table.comment();
        int i = FIXED;
        for (StoredTable.StoredColumn column : table.columns()) {
            row[i++] = column.name();
            row[i++] = column.type();
            row[i++] = column.nullable() ? 1L : 0L;
        }
        return row;
    }

    static StoredTable decode(String database, String name, Object[] row) {
        List<StoredTable.StoredColumn> columns = new ArrayList<>();
        for (int i = FIXED; i + 2 < row.length; i += 3) {
            columns.add(new StoredTable.StoredColumn((String) row[i], (String) row[i + 1], (Long) row[i + 2] != 0));
        }
        return new StoredTable(database, name, List.copyOf(columns), (String) row[1], (String) row[2]);
    }
}
