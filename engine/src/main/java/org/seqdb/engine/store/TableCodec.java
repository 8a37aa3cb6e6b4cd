package org.seqdb.engine.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A table definition as an Object[] of MVStore's built-in types; position 0 is the layout.
 * Layout 1 (columns as name, type, nullable triples) is still read; layout 2 is written.
 */
final class TableCodec {
    private static final long LAYOUT_1 = 1;
    private static final long LAYOUT_2 = 2;

    private TableCodec() {
    }

    static Object[] encode(StoredTable table) {
        Object[] columns = new Object[table.columns().size()];
        for (int i = 0; i < columns.length; i++) {
            StoredTable.StoredColumn c = table.columns().get(i);
            columns[i] = new Object[] {c.name(), c.type(), c.nullable() ? 1L : 0L, c.defaultSql(),
                c.autoIncrement() ? 1L : 0L, c.comment(), c.onUpdateSql(), c.nullWritten() ? 1L : 0L};
        }
        Object[] keys = new Object[table.keys().size()];
        for (int i = 0; i < keys.length; i++) {
            StoredTable.StoredKey k = table.keys().get(i);
            keys[i] = new Object[] {k.kind(), k.name(), k.columns().toArray(new Object[0])};
        }
        Object[] foreignKeys = new Object[table.foreignKeys().size()];
        for (int i = 0; i < foreignKeys.length; i++) {
            StoredTable.StoredForeignKey f = table.foreignKeys().get(i);
            foreignKeys[i] = new Object[] {f.name(), f.columns().toArray(new Object[0]), f.referencedDatabase(),
                f.referencedTable(), f.referencedColumns().toArray(new Object[0]), f.onDelete(), f.onUpdate()};
        }
        return new Object[] {LAYOUT_2, table.engine(), table.comment(), table.id(), table.autoIncrementStart(),
            columns, keys, foreignKeys};
    }

    static StoredTable decode(String database, String name, Object[] row) {
        if ((Long) row[0] == LAYOUT_1) {
            return decodeLayout1(database, name, row);
        }
        List<StoredTable.StoredColumn> columns = new ArrayList<>();
        for (Object o : (Object[]) row[5]) {
            Object[] c = (Object[]) o;
            columns.add(new StoredTable.StoredColumn((String) c[0], (String) c[1], (Long) c[2] != 0, (String) c[3],
                    (Long) c[4] != 0, (String) c[5], (String) c[6], (Long) c[7] != 0));
        }
        List<StoredTable.StoredKey> keys = new ArrayList<>();
        for (Object o : (Object[]) row[6]) {
            Object[] k = (Object[]) o;
            keys.add(new StoredTable.StoredKey((String) k[0], (String) k[1], strings(k[2])));
        }
        List<StoredTable.StoredForeignKey> foreignKeys = new ArrayList<>();
        for (Object o : (Object[]) row[7]) {
            Object[] f = (Object[]) o;
            foreignKeys.add(new StoredTable.StoredForeignKey((String) f[0], strings(f[1]), (String) f[2],
                    (String) f[3], strings(f[4]), (String) f[5], (String) f[6]));
        }
        return new StoredTable(database, name, List.copyOf(columns), (String) row[1], (String) row[2], (Long) row[3],
                List.copyOf(keys), List.copyOf(foreignKeys), (Long) row[4]);
    }

    private static List<String> strings(Object array) {
        List<String> list = new ArrayList<>();
        for (Object o : (Object[]) array) {
            list.add((String) o);
        }
        return List.copyOf(list);
    }

    private static StoredTable decodeLayout1(String database, String name, Object[] row) {
        List<StoredTable.StoredColumn> columns = new ArrayList<>();
        for (int i = 3; i + 2 < row.length; i += 3) {
            columns.add(new StoredTable.StoredColumn((String) row[i], (String) row[i + 1], (Long) row[i + 2] != 0));
        }
        return new StoredTable(database, name, List.copyOf(columns), (String) row[1], (String) row[2]);
    }
}
