package org.seqdb.engine.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.Column;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.sequence.SequenceDefinition;

/**
 * INFORMATION_SCHEMA.SCHEMATA, TABLES, COLUMNS and SEQUENCES, and the key tables STATISTICS,
 * KEY_COLUMN_USAGE, TABLE_CONSTRAINTS and REFERENTIAL_CONSTRAINTS ({@link KeyTables}), computed
 * from the catalog with MariaDB's column names (as 10.11 has them; SEQUENCES as 11.5 adds it).
 * DatabaseMetaData and Hibernate read the catalog through these, so they cannot disagree.
 */
public final class InformationSchema {
    public static final String NAME = "information_schema";

    private InformationSchema() {
    }

    /** The table of that name (case-insensitive), or null if information_schema has none. */
    public static MetaTable table(String name, Catalog catalog) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "SCHEMATA" -> schemata(catalog);
            case "TABLES" -> tables(catalog);
            case "COLUMNS" -> columns(catalog);
            case "SEQUENCES" -> sequences(catalog);
            case "STATISTICS" -> KeyTables.statistics(catalog);
            case "KEY_COLUMN_USAGE" -> KeyTables.keyColumnUsage(catalog);
            case "TABLE_CONSTRAINTS" -> KeyTables.tableConstraints(catalog);
            case "REFERENTIAL_CONSTRAINTS" -> KeyTables.referentialConstraints(catalog);
            default -> null;
        };
    }

    static List<Column> columns(String table, Object... namesAndTypes) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            String name = (String) namesAndTypes[i];
            columns.add(new Column(name, name, table, NAME, (ValueType) namesAndTypes[i + 1], true));
        }
        return List.copyOf(columns);
    }

    private static final ValueType S = ValueType.VARCHAR;
    private static final ValueType N = ValueType.BIGINT;
    /** InnoDB's page size, which its DATA_LENGTH counts in. */
    private static final long PAGE = 16_384L;

    private static MetaTable schemata(Catalog catalog) {
        List<Column> columns = columns("SCHEMATA", "CATALOG_NAME", S, "SCHEMA_NAME", S,
                "DEFAULT_CHARACTER_SET_NAME", S, "DEFAULT_COLLATION_NAME", S, "SQL_PATH", S, "SCHEMA_COMMENT", S);
        List<Object[]> rows = new ArrayList<>();
        List<String> names = new ArrayList<>(catalog.databases());
        names.add(NAME);
        names.sort(String::compareTo);
        for (String database : names) {
            rows.add(new Object[] {"def", database, "utf8mb4", "utf8mb4_general_ci", null, ""});
        }
        return new MetaTable(columns, rows);
    }

    private static MetaTable tables(Catalog catalog) {
        List<Column> columns = columns("TABLES", "TABLE_CATALOG", S, "TABLE_SCHEMA", S, "TABLE_NAME", S,
                "TABLE_TYPE", S, "ENGINE", S, "VERSION", N, "ROW_FORMAT", S, "TABLE_ROWS", N, "AVG_ROW_LENGTH", N,
                "DATA_LENGTH", N, "MAX_DATA_LENGTH", N, "INDEX_LENGTH", N, "DATA_FREE", N, "AUTO_INCREMENT", N,
                "CREATE_TIME", S, "UPDATE_TIME", S, "CHECK_TIME", S, "TABLE_COLLATION", S, "CHECKSUM", N,
                "CREATE_OPTIONS", S, "TABLE_COMMENT", S, "MAX_INDEX_LENGTH", N, "TEMPORARY", S);
        List<Object[]> rows = new ArrayList<>();
        for (String database : catalog.databases()) {
            for (SchemaObject object : catalog.objectsIn(database)) {
                boolean sequence = object instanceof SequenceHandle;
                String engine = sequence ? ((SequenceHandle) object).definition().engine()
                        : ((TableHandle) object).definition().engine();
                String comment = sequence ? ((SequenceHandle) object).definition().comment()
                        : ((TableHandle) object).definition().comment();
                // rows counted; lengths as InnoDB gives them for a table in one 16 KB page
                long rowCount = sequence ? 1L : catalog.rowCount((TableHandle) object);
                rows.add(new Object[] {"def", database, object.name(), sequence ? "SEQUENCE" : "BASE TABLE",
                    engine == null ? "InnoDB" : engine, 10L, sequence ? "Fixed" : "Dynamic", rowCount,
                    rowCount == 0 ? 0L : PAGE / rowCount, PAGE, 0L, 0L, 0L, sequence ? null : autoIncrement((TableHandle) object, catalog), null, null,
                    null, "utf8mb4_general_ci", null, "", comment == null ? "" : comment, 0L, "N"});
            }
        }
        return new MetaTable(columns, rows);
    }

    /** The next AUTO_INCREMENT value of a table with an AUTO_INCREMENT column, else null. */
    private static Long autoIncrement(TableHandle table, Catalog catalog) {
        if (table.shape().autoIncrementColumn() < 0) {
            return null;
        }
        return Math.max(Math.max(table.peekAutoIncrement(), catalog.storedAutoIncrement(table)),
                table.definition().autoIncrementStart());
    }

    private static MetaTable sequences(Catalog catalog) {
        List<Column> columns = columns("SEQUENCES", "SEQUENCE_CATALOG", S, "SEQUENCE_SCHEMA", S, "SEQUENCE_NAME", S,
                "DATA_TYPE", S, "NUMERIC_PRECISION", N, "NUMERIC_PRECISION_RADIX", N, "NUMERIC_SCALE", N,
                "START_VALUE", N, "MINIMUM_VALUE", N, "MAXIMUM_VALUE", N, "INCREMENT", N, "CYCLE_OPTION", N);
        List<Object[]> rows = new ArrayList<>();
        for (String database : catalog.databases()) {
            for (SchemaObject object : catalog.objectsIn(database)) {
                if (object instanceof SequenceHandle sequence) {
                    SequenceDefinition d = sequence.definition();
                    String type = d.valueType() == null ? "bigint" : d.valueType();
                    rows.add(new Object[] {"def", database, object.name(), type, precisionOf(type), 2L, 0L,
                        d.start(), d.minValue(), d.maxValue(), d.increment(), d.cycle() ? 1L : 0L});
                }
            }
        }
        return new MetaTable(columns, rows);
    }

    /** Binary precision of an integer type, as INFORMATION_SCHEMA.SEQUENCES reports it. */
    private static long precisionOf(String type) {
        String base = type.split(" ")[0];
        return switch (base) {
            case "tinyint" -> 8;
            case "smallint" -> 16;
            case "mediumint" -> 24;
            case "int" -> 32;
            default -> 64;
        };
    }

    private static MetaTable columns(Catalog catalog) {
        List<Column> columns = columns("COLUMNS", "TABLE_CATALOG", S, "TABLE_SCHEMA", S, "TABLE_NAME", S,
                "COLUMN_NAME", S, "ORDINAL_POSITION", N, "COLUMN_DEFAULT", S, "IS_NULLABLE", S, "DATA_TYPE", S,
                "CHARACTER_MAXIMUM_LENGTH", N, "CHARACTER_OCTET_LENGTH", N, "NUMERIC_PRECISION", N,
                "NUMERIC_SCALE", N, "DATETIME_PRECISION", N, "CHARACTER_SET_NAME", S, "COLLATION_NAME", S,
                "COLUMN_TYPE", S, "COLUMN_KEY", S, "EXTRA", S, "PRIVILEGES", S, "COLUMN_COMMENT", S,
                "IS_GENERATED", S, "GENERATION_EXPRESSION", S);
        List<Object[]> rows = new ArrayList<>();
        for (String database : catalog.databases()) {
            for (SchemaObject object : catalog.objectsIn(database)) {
                if (object instanceof TableHandle table) {
                    rows.addAll(TableColumnFacts.rows(table));
                    continue;
                }
                List<ColumnFacts> facts = SequenceColumns.FACTS;
                long position = 1;
                for (ColumnFacts f : facts) {
                    rows.add(new Object[] {"def", database, object.name(), f.name(), position++, null,
                        f.nullable() ? "YES" : "NO", f.dataType(), f.characterLength(), f.characterLength(),
                        f.numericPrecision(), f.numericPrecision() == null ? null : 0L, null,
                        f.characterLength() == null ? null : "utf8mb4",
                        f.characterLength() == null ? null : "utf8mb4_general_ci", f.columnType(), "", "",
                        "select,insert,update,references", f.comment(), "NEVER", null});
                }
            }
        }
        return new MetaTable(columns, rows);
    }

}
