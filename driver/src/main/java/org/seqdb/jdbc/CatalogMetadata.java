package org.seqdb.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.session.LikePattern;

/**
 * The DatabaseMetaData answers that come from the catalog: tables, columns, keys and indexes,
 * read from INFORMATION_SCHEMA as MariaDB Connector/J reads them from a MariaDB server, with the
 * same result columns, values and order. A database is a catalog: TABLE_SCHEM is null, a null
 * catalog means every database and "" the current one.
 */
final class CatalogMetadata {
    private final SeqDbConnection connection;

    CatalogMetadata(SeqDbConnection connection) {
        this.connection = connection;
    }

    /**
     * Rows of an INFORMATION_SCHEMA table that describes keys; none while the catalog has no such
     * table (then no table has a key or an index to report).
     */
    private List<Object[]> keyQuery(String sql) throws SQLException {
        connection.checkOpen();
        try {
            return connection.session().execute(sql).rows();
        } catch (SeqDbException e) {
            if (e.code() == ErrorCode.ER_UNKNOWN_TABLE_IN) {
                return List.of();
            }
            throw SqlExceptions.fromEngine(e);
        } catch (RuntimeException e) {
            throw SqlExceptions.fromEngine(e);
        }
    }

    /** JDBC: a null pattern matches everything; otherwise SQL LIKE with backslash escapes. */
    private static boolean matches(String pattern, Object value) {
        return pattern == null || LikePattern.matches(pattern, String.valueOf(value));
    }

    /** A null catalog means any database, "" the current one. */
    private boolean catalogMatches(String catalog, Object database) throws SQLException {
        if (catalog == null) {
            return true;
        }
        return (catalog.isEmpty() ? connection.getCatalog() : catalog).equals(database);
    }

    /** seqdb has no schemas: only a null or "%"-like pattern, or "", matches. */
    private static boolean schemaMatches(String schemaPattern) {
        return schemaPattern == null || schemaPattern.isEmpty() || LikePattern.matches(schemaPattern, "");
    }

    /** INFORMATION_SCHEMA's TABLE_TYPE as JDBC names it (Connector/J's mapping). */
    private static String jdbcTableType(Object informationSchemaType) {
        String type = String.valueOf(informationSchemaType);
        return switch (type) {
            case "BASE TABLE", "SYSTEM VERSIONED" -> "TABLE";
            case "TEMPORARY" -> "LOCAL TEMPORARY";
            default -> type;
        };
    }

    private static int compareText(Object a, Object b) {
        return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
    }

    ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException {
        MetadataTable table = new MetadataTable("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS",
                "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");
        List<String> wanted = types == null ? null
                : Arrays.stream(types).filter(t -> t != null).map(t -> t.toUpperCase(Locale.ROOT)).toList();
        if (schemaMatches(schemaPattern)) {
            List<Object[]> rows = new ArrayList<>(connection.query(
                    "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.TABLES"));
            // JDBC orders getTables by TABLE_TYPE, TABLE_CAT, TABLE_SCHEM and TABLE_NAME
            rows.sort(Comparator.<Object[], String>comparing(r -> jdbcTableType(r[2]))
                    .thenComparing((a, b) -> compareText(a[0], b[0])).thenComparing((a, b) -> compareText(a[1], b[1])));
            for (Object[] row : rows) {
                String type = jdbcTableType(row[2]);
                if (catalogMatches(catalog, row[0]) && matches(tableNamePattern, row[1])
                        && (wanted == null || wanted.isEmpty() || wanted.contains(type))) {
                    table.row(row[0], null, row[1], type, row[3], null, null, null, null, null);
                }
            }
        }
        return table.toResultSet();
    }

    ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
            throws SQLException {
        MetadataTable table = new MetadataTable("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
                "DATA_TYPE:int", "TYPE_NAME", "COLUMN_SIZE:int", "BUFFER_LENGTH:int", "DECIMAL_DIGITS:int",
                "NUM_PREC_RADIX:int", "NULLABLE:int", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:int",
                "SQL_DATETIME_SUB:int", "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int", "IS_NULLABLE",
                "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE:int", "IS_AUTOINCREMENT",
                "IS_GENERATEDCOLUMN");
        if (!schemaMatches(schemaPattern)) {
            return table.toResultSet();
        }
        List<Object[]> rows = new ArrayList<>(connection.query("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, "
                + "COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH, "
                + "NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, COLUMN_TYPE, COLUMN_COMMENT, EXTRA "
                + "FROM information_schema.COLUMNS"));
        Comparator<Object[]> byTable = (a, b) -> compareText(a[0], b[0]);
        rows.sort(byTable.thenComparing((a, b) -> compareText(a[1], b[1]))
                .thenComparingLong(r -> ColumnTypes.toLong(r[3])));
        for (Object[] row : rows) {
            if (!catalogMatches(catalog, row[0]) || !matches(tableNamePattern, row[1])
                    || !matches(columnNamePattern, row[2])) {
                continue;
            }
            String dataType = String.valueOf(row[6]);
            String columnType = String.valueOf(row[12]);
            String extra = row[14] == null ? "" : row[14].toString();
            boolean nullable = "YES".equalsIgnoreCase(String.valueOf(row[5]));
            boolean generated = List.of("VIRTUAL", "PERSISTENT", "VIRTUAL GENERATED", "STORED GENERATED")
                    .contains(extra.toUpperCase(Locale.ROOT));
            table.row(row[0], null, row[1], row[2], ColumnTypes.jdbcType(dataType, columnType),
                    ColumnTypes.typeName(columnType), ColumnTypes.columnSize(dataType, row[11], row[9], row[7]),
                    65535, ColumnTypes.decimalDigits(dataType, row[10]), 10,
                    nullable ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls, row[13], row[4], 0,
                    0, ColumnTypes.octetLength(row[8]), row[3], nullable ? "YES" : "NO", null, null, null, null,
                    extra.equalsIgnoreCase("auto_increment") ? "YES" : "NO", generated ? "YES" : "NO");
        }
        return table.toResultSet();
    }

    /** Columns of the PRIMARY index, ordered by column name as Connector/J orders them. */
    ResultSet getPrimaryKeys(String catalog, String schema, String tableName) throws SQLException {
        requireTable(tableName, "getPrimaryKeys");
        MetadataTable table = new MetadataTable("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ:int",
                "PK_NAME");
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : keyQuery("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, SEQ_IN_INDEX, INDEX_NAME "
                + "FROM information_schema.STATISTICS WHERE INDEX_NAME = 'PRIMARY'")) {
            if (catalogMatches(catalog, row[0]) && tableName.equals(row[1])) {
                rows.add(row);
            }
        }
        rows.sort((a, b) -> compareText(a[2], b[2]));
        for (Object[] row : rows) {
            table.row(row[0], null, row[1], row[2], row[3], row[4]);
        }
        return table.toResultSet();
    }

    /** Every index column, ordered by NON_UNIQUE, TYPE, INDEX_NAME, ORDINAL_POSITION. */
    ResultSet getIndexInfo(String catalog, String schema, String tableName, boolean unique) throws SQLException {
        requireTable(tableName, "getIndexInfo");
        MetadataTable table = new MetadataTable("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE:int",
                "INDEX_QUALIFIER", "INDEX_NAME", "TYPE:int", "ORDINAL_POSITION:int", "COLUMN_NAME", "ASC_OR_DESC",
                "CARDINALITY:long", "PAGES:long", "FILTER_CONDITION");
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : keyQuery("SELECT TABLE_SCHEMA, TABLE_NAME, NON_UNIQUE, INDEX_NAME, SEQ_IN_INDEX, "
                + "COLUMN_NAME, COLLATION, CARDINALITY FROM information_schema.STATISTICS")) {
            if (catalogMatches(catalog, row[0]) && tableName.equals(row[1])
                    && (!unique || ColumnTypes.toLong(row[2]) == 0)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.<Object[]>comparingLong(r -> ColumnTypes.toLong(r[2]))
                .thenComparing((a, b) -> compareText(a[3], b[3]))
                .thenComparingLong(r -> ColumnTypes.toLong(r[4])));
        for (Object[] row : rows) {
            table.row(row[0], null, row[1], row[2], row[0], row[3], (int) DatabaseMetaData.tableIndexOther, row[4],
                    row[5], row[6], row[7], null, null);
        }
        return table.toResultSet();
    }

    private static MetadataTable keyColumns() {
        return new MetadataTable("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_CAT",
                "FKTABLE_SCHEM", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ:int", "UPDATE_RULE:int",
                "DELETE_RULE:int", "FK_NAME", "PK_NAME", "DEFERRABILITY:int");
    }

    /** One foreign key column: the referencing (fk) side, the referenced (pk) side, its rules. */
    private record ForeignKeyColumn(Object fkDatabase, Object fkTable, Object fkColumn, Object pkDatabase,
                                    Object pkTable, Object pkColumn, long position, Object name, Object updateRule,
                                    Object deleteRule, Object uniqueName) {
        Object[] row() {
            return new Object[] {pkDatabase, null, pkTable, pkColumn, fkDatabase, null, fkTable, fkColumn, position,
                rule(updateRule), rule(deleteRule), name, uniqueName, (long) DatabaseMetaData.importedKeyNotDeferrable};
        }

        private static long rule(Object rule) {
            return switch (String.valueOf(rule)) {
                case "CASCADE" -> DatabaseMetaData.importedKeyCascade;
                case "SET NULL" -> DatabaseMetaData.importedKeySetNull;
                case "NO ACTION" -> DatabaseMetaData.importedKeyNoAction;
                case "SET DEFAULT" -> DatabaseMetaData.importedKeySetDefault;
                default -> DatabaseMetaData.importedKeyRestrict;
            };
        }
    }

    private List<ForeignKeyColumn> foreignKeyColumns() throws SQLException {
        List<Object[]> rules = keyQuery("SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE, "
                + "UNIQUE_CONSTRAINT_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS");
        List<ForeignKeyColumn> columns = new ArrayList<>();
        for (Object[] usage : keyQuery("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, "
                + "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME, ORDINAL_POSITION, CONSTRAINT_NAME "
                + "FROM information_schema.KEY_COLUMN_USAGE")) {
            if (usage[4] == null) {
                continue; // a primary or unique key column, not a foreign key
            }
            Object[] rule = rules.stream().filter(r -> r[0].equals(usage[0]) && r[1].equals(usage[7])).findFirst()
                    .orElse(new Object[] {usage[0], usage[7], "RESTRICT", "RESTRICT", null});
            columns.add(new ForeignKeyColumn(usage[0], usage[1], usage[2], usage[3], usage[4], usage[5],
                    ColumnTypes.toLong(usage[6]), usage[7], rule[2], rule[3], rule[4]));
        }
        return columns;
    }

    /** The foreign keys of {@code tableName}, by PKTABLE_CAT, PKTABLE_NAME, KEY_SEQ. */
    ResultSet getImportedKeys(String catalog, String tableName) throws SQLException {
        requireTable(tableName, "getImportedKeys");
        List<ForeignKeyColumn> keys = new ArrayList<>();
        for (ForeignKeyColumn key : foreignKeyColumns()) {
            if (catalogMatches(catalog, key.fkDatabase()) && tableName.equals(key.fkTable())) {
                keys.add(key);
            }
        }
        Comparator<ForeignKeyColumn> byDatabase = (a, b) -> compareText(a.pkDatabase(), b.pkDatabase());
        keys.sort(byDatabase.thenComparing((a, b) -> compareText(a.pkTable(), b.pkTable()))
                .thenComparingLong(ForeignKeyColumn::position));
        return toResultSet(keys);
    }

    /** The foreign keys that reference {@code tableName}, by FKTABLE_CAT, FKTABLE_NAME, KEY_SEQ. */
    ResultSet getExportedKeys(String catalog, String tableName) throws SQLException {
        requireTable(tableName, "getExportedKeys");
        return crossReference(catalog, tableName, null, null);
    }

    ResultSet getCrossReference(String parentCatalog, String parentTable, String foreignCatalog, String foreignTable)
            throws SQLException {
        return crossReference(parentCatalog, parentTable, foreignCatalog, foreignTable);
    }

    private ResultSet crossReference(String pkCatalog, String pkTable, String fkCatalog, String fkTable)
            throws SQLException {
        List<ForeignKeyColumn> keys = new ArrayList<>();
        for (ForeignKeyColumn key : foreignKeyColumns()) {
            if (catalogMatches(pkCatalog, key.pkDatabase()) && (pkTable == null || pkTable.equals(key.pkTable()))
                    && catalogMatches(fkCatalog, key.fkDatabase())
                    && (fkTable == null || fkTable.equals(key.fkTable()))) {
                keys.add(key);
            }
        }
        Comparator<ForeignKeyColumn> byDatabase = (a, b) -> compareText(a.fkDatabase(), b.fkDatabase());
        keys.sort(byDatabase.thenComparing((a, b) -> compareText(a.fkTable(), b.fkTable()))
                .thenComparingLong(ForeignKeyColumn::position));
        return toResultSet(keys);
    }

    private static ResultSet toResultSet(List<ForeignKeyColumn> keys) {
        MetadataTable table = keyColumns();
        for (ForeignKeyColumn key : keys) {
            table.row(key.row());
        }
        return table.toResultSet();
    }

    /** Connector/J refuses these calls without a table name. */
    private void requireTable(String tableName, String method) throws SQLException {
        connection.checkOpen();
        if (tableName == null || tableName.isEmpty()) {
            throw SqlExceptions.misuse("'table' parameter is mandatory in " + method + "()");
        }
    }
}
