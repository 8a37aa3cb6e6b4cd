package org.seqdb.engine.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.store.StoredTable;

/**
 * A table definition made ready for rows: each column's parsed type, and each key as column
 * positions. Built once per definition (the catalog keeps it with the table) and immutable.
 */
public final class TableShape {
    private final StoredTable definition;
    private final List<ShapeColumn> columns;
    private final List<KeyShape> keys;
    private final KeyShape primaryKey;
    private final int autoIncrementColumn;

    /** A column with its parsed type. */
    public record ShapeColumn(String name, ColumnType type, boolean nullable, String defaultSql,
                              boolean autoIncrement, String onUpdateSql) {
    }

    /** A key as the positions of its columns, in key order. */
    public record KeyShape(String name, String kind, int[] columns) {
        public boolean primary() {
            return kind.equals("PRIMARY");
        }

        public boolean unique() {
            return !kind.equals("INDEX");
        }
    }

    public TableShape(StoredTable definition) {
        this.definition = definition;
        List<ShapeColumn> parsed = new ArrayList<>();
        int auto = -1;
        for (StoredTable.StoredColumn c : definition.columns()) {
            if (c.autoIncrement()) {
                auto = parsed.size();
            }
            parsed.add(new ShapeColumn(c.name(), ColumnType.parse(c.type()), c.nullable(), c.defaultSql(),
                    c.autoIncrement(), c.onUpdateSql()));
        }
        this.columns = List.copyOf(parsed);
        this.autoIncrementColumn = auto;
        List<KeyShape> shapes = new ArrayList<>();
        KeyShape primary = null;
        for (StoredTable.StoredKey key : definition.keys()) {
            int[] positions = new int[key.columns().size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = indexOf(key.columns().get(i));
            }
            KeyShape shape = new KeyShape(key.primary() ? "PRIMARY" : key.name(), key.kind(), positions);
            shapes.add(shape);
            if (key.primary()) {
                primary = shape;
            }
        }
        this.keys = List.copyOf(shapes);
        this.primaryKey = primary;
    }

    public StoredTable definition() {
        return definition;
    }

    public long id() {
        return definition.id();
    }

    public List<ShapeColumn> columns() {
        return columns;
    }

    public ShapeColumn column(int index) {
        return columns.get(index);
    }

    /** The position of a column by name (case-insensitive, as MariaDB's column names are), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Every key, PRIMARY first when there is one. */
    public List<KeyShape> keys() {
        return keys;
    }

    /** The UNIQUE keys other than the primary key. */
    public List<KeyShape> uniqueKeys() {
        List<KeyShape> unique = new ArrayList<>();
        for (KeyShape key : keys) {
            if (key.unique() && !key.primary()) {
                unique.add(key);
            }
        }
        return unique;
    }

    /** The primary key, or null: rows are then keyed by a hidden row number, in insertion order. */
    public KeyShape primaryKey() {
        return primaryKey;
    }

    /** The AUTO_INCREMENT column's position, or -1. */
    public int autoIncrementColumn() {
        return autoIncrementColumn;
    }

    public String name() {
        return definition.name();
    }

    public String database() {
        return definition.database();
    }

    /** The key kind for INFORMATION_SCHEMA.COLUMNS.COLUMN_KEY: PRI, UNI, MUL or empty. */
    public String columnKey(int column) {
        if (primaryKey != null) {
            for (int position : primaryKey.columns()) {
                if (position == column) {
                    return "PRI";
                }
            }
        }
        String found = "";
        for (KeyShape key : keys) {
            if (key.columns()[0] != column) {
                continue;
            }
            if (key.unique() && key.columns().length == 1 && found.isEmpty()) {
                found = "UNI";
            } else if (found.isEmpty()) {
                found = "MUL";
            }
        }
        return found;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
