package org.seqdb.engine.meta;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.store.StoredTable;

/**
 * INFORMATION_SCHEMA.STATISTICS, KEY_COLUMN_USAGE, TABLE_CONSTRAINTS and REFERENTIAL_CONSTRAINTS
 * from the tables' keys and foreign keys, with MariaDB 10.11's columns. CARDINALITY is the
 * table's number of committed rows: what InnoDB reports for an empty table (0) and for a unique
 * key; for a plain key InnoDB reports an estimate of its distinct values, which seqdb does not
 * keep.
 */
final class KeyTables {
    private static final ValueType S = ValueType.VARCHAR;
    private static final ValueType N = ValueType.BIGINT;

    private KeyTables() {
    }

    private static List<TableHandle> tables(Catalog catalog) {
        List<TableHandle> tables = new ArrayList<>();
        for (String database : catalog.databases()) {
            for (SchemaObject object : catalog.objectsIn(database)) {
                if (object instanceof TableHandle table) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    static MetaTable statistics(Catalog catalog) {
        List<Column> columns = InformationSchema.columns("STATISTICS", "TABLE_CATALOG", S, "TABLE_SCHEMA", S,
                "TABLE_NAME", S, "NON_UNIQUE", N, "INDEX_SCHEMA", S, "INDEX_NAME", S, "SEQ_IN_INDEX", N,
                "COLUMN_NAME", S, "COLLATION", S, "CARDINALITY", N, "SUB_PART", N, "PACKED", S, "NULLABLE", S,
                "INDEX_TYPE", S, "COMMENT", S, "INDEX_COMMENT", S, "IGNORED", S);
        List<Object[]> rows = new ArrayList<>();
        for (TableHandle table : tables(catalog)) {
            StoredTable definition = table.definition();
            Long cardinality = definition.keys().isEmpty() ? null : catalog.rowCount(table);
            for (StoredTable.StoredKey key : definition.keys()) {
                long position = 1;
                for (String name : key.columns()) {
                    StoredTable.StoredColumn column = column(definition, name);
                    rows.add(new Object[] {"def", table.database(), table.name(), key.unique() ? 0L : 1L,
                        table.database(), key.name(), position++, name, "A", cardinality, null, null,
                        column != null && column.nullable() ? "YES" : "", "BTREE", "", "", "NO"});
                }
            }
        }
        return new MetaTable(columns, rows);
    }

    static MetaTable keyColumnUsage(Catalog catalog) {
        List<Column> columns = InformationSchema.columns("KEY_COLUMN_USAGE", "CONSTRAINT_CATALOG", S,
                "CONSTRAINT_SCHEMA", S, "CONSTRAINT_NAME", S, "TABLE_CATALOG", S, "TABLE_SCHEMA", S, "TABLE_NAME", S,
                "COLUMN_NAME", S, "ORDINAL_POSITION", N, "POSITION_IN_UNIQUE_CONSTRAINT", N,
                "REFERENCED_TABLE_SCHEMA", S, "REFERENCED_TABLE_NAME", S, "REFERENCED_COLUMN_NAME", S);
        List<Object[]> rows = new ArrayList<>();
        for (TableHandle table : tables(catalog)) {
            for (StoredTable.StoredKey key : table.definition().keys()) {
                if (!key.unique()) {
                    continue;
                }
                long position = 1;
                for (String name : key.columns()) {
                    rows.add(new Object[] {"def", table.database(), key.name(), "def", table.database(), table.name(),
                        name, position++, null, null, null, null});
                }
            }
            for (StoredTable.StoredForeignKey f : table.definition().foreignKeys()) {
                for (int i = 0; i < f.columns().size(); i++) {
                    rows.add(new Object[] {"def", table.database(), f.name(), "def", table.database(), table.name(),
                        f.columns().get(i), (long) (i + 1), (long) (i + 1), f.referencedDatabase(), f.referencedTable(),
                        f.referencedColumns().get(i)});
                }
            }
        }
        return new MetaTable(columns, rows);
    }

    static MetaTable tableConstraints(Catalog catalog) {
        List<Column> columns = InformationSchema.columns("TABLE_CONSTRAINTS", "CONSTRAINT_CATALOG", S,
                "CONSTRAINT_SCHEMA", S, "CONSTRAINT_NAME", S, "TABLE_SCHEMA", S, "TABLE_NAME", S, "CONSTRAINT_TYPE", S);
        List<Object[]> rows = new ArrayList<>();
        for (TableHandle table : tables(catalog)) {
            for (StoredTable.StoredKey key : table.definition().keys()) {
                if (key.unique()) {
                    rows.add(new Object[] {"def", table.database(), key.name(), table.database(), table.name(),
                        key.primary() ? "PRIMARY KEY" : "UNIQUE"});
                }
            }
            for (StoredTable.StoredForeignKey f : table.definition().foreignKeys()) {
                rows.add(new Object[] {"def", table.database(), f.name(), table.database(), table.name(),
                    "FOREIGN KEY"});
            }
        }
        return new MetaTable(columns, rows);
    }

    static MetaTable referentialConstraints(Catalog catalog) {
        List<Column> columns = InformationSchema.columns("REFERENTIAL_CONSTRAINTS", "CONSTRAINT_CATALOG", S,
                "CONSTRAINT_SCHEMA", S, "CONSTRAINT_NAME", S, "UNIQUE_CONSTRAINT_CATALOG", S,
                "UNIQUE_CONSTRAINT_SCHEMA", S, "UNIQUE_CONSTRAINT_NAME", S, "MATCH_OPTION", S, "UPDATE_RULE", S,
                "DELETE_RULE", S, "TABLE_NAME", S, "REFERENCED_TABLE_NAME", S);
        List<Object[]> rows = new ArrayList<>();
        for (TableHandle table : tables(catalog)) {
            for (StoredTable.StoredForeignKey f : table.definition().foreignKeys()) {
                rows.add(new Object[] {"def", table.database(), f.name(), "def", f.referencedDatabase(),
                    referencedKey(catalog, f), "NONE", f.onUpdate() == null ? "RESTRICT" : f.onUpdate(),
                    f.onDelete() == null ? "RESTRICT" : f.onDelete(), table.name(), f.referencedTable()});
            }
        }
        return new MetaTable(columns, rows);
    }

    /** The name of the parent's unique key over the referenced columns (PRIMARY mostly), or null. */
    private static String referencedKey(Catalog catalog, StoredTable.StoredForeignKey f) {
        SchemaObject parent = catalog.find(f.referencedDatabase(), f.referencedTable());
        if (parent instanceof TableHandle table) {
            for (StoredTable.StoredKey key : table.definition().keys()) {
                if (key.unique() && key.columns().size() == f.referencedColumns().size()
                        && key.columns().stream().allMatch(c -> f.referencedColumns().stream()
                        .anyMatch(r -> r.equalsIgnoreCase(c)))) {
                    return key.name();
                }
            }
        }
        return null;
    }

    private static StoredTable.StoredColumn column(StoredTable table, String name) {
        for (StoredTable.StoredColumn column : table.columns()) {
            if (column.name().equalsIgnoreCase(name)) {
                return column;
            }
        }
        return null;
    }
}
