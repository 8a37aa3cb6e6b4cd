package org.seqdb.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a GUI or an ORM reads about a seqdb database, following MariaDB Connector/J: a
 * database is a catalog (TABLE_SCHEM is null), a sequence has TABLE_TYPE {@code SEQUENCE}
 * and a table {@code TABLE}. Catalog facts come from INFORMATION_SCHEMA through the
 * connection's session ({@link CatalogMetadata}); the constant answers about what seqdb supports
 * are {@link DatabaseCapabilities}'.
 */
final class SeqDbDatabaseMetaData extends DatabaseCapabilities {
    private static final String[] TABLE_TYPES = {"SEQUENCE", "TABLE"};
    /** The columns of getBestRowIdentifier and getVersionColumns (JDBC gives both the same shape). */
    private static final String[] ROW_IDENTIFIER_COLUMNS = {"SCOPE:int", "COLUMN_NAME", "DATA_TYPE:int", "TYPE_NAME",
        "COLUMN_SIZE:int", "BUFFER_LENGTH:int", "DECIMAL_DIGITS:int", "PSEUDO_COLUMN:int"};

    private final SeqDbConnection connection;
    /** Tables, columns, keys and indexes: the answers that come from the catalog. */
    private final CatalogMetadata catalogMetadata;

    SeqDbDatabaseMetaData(SeqDbConnection connection) {
        this.connection = connection;
        this.catalogMetadata = new CatalogMetadata(connection);
    }

    /** The answer about objects seqdb does not have (procedures, functions, privileges, types): no rows. */
    private ResultSet noRows(String... columns) throws SQLException {
        connection.checkOpen();
        return new MetadataTable(columns).toResultSet();
    }

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException {
        return catalogMetadata.getTables(catalog, schemaPattern, tableNamePattern, types);
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
                                String columnNamePattern) throws SQLException {
        return catalogMetadata.getColumns(catalog, schemaPattern, tableNamePattern, columnNamePattern);
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        MetadataTable table = new MetadataTable("TABLE_CAT");
        for (Object[] row : connection.query("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME")) {
            table.row(row[0]);
        }
        return table.toResultSet();
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return getSchemas(null, null);
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        return noRows("TABLE_SCHEM", "TABLE_CATALOG");
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        connection.checkOpen();
        MetadataTable table = new MetadataTable("TABLE_TYPE");
        for (String type : TABLE_TYPES) {
            table.row(type);
        }
        return table.toResultSet();
    }

    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        return catalogMetadata.getPrimaryKeys(catalog, schema, table);
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
            throws SQLException {
        return catalogMetadata.getIndexInfo(catalog, schema, table, unique);
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
        return catalogMetadata.getImportedKeys(catalog, table);
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
        return catalogMetadata.getExportedKeys(catalog, table);
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
                                       String foreignCatalog, String foreignSchema, String foreignTable)
            throws SQLException {
        return catalogMetadata.getCrossReference(parentCatalog, parentTable, foreignCatalog, foreignTable);
    }

    @Override
    public ResultSet getTypeInfo() throws SQLException {
        connection.checkOpen();
        MetadataTable table = new MetadataTable("TYPE_NAME", "DATA_TYPE:int", "PRECISION:int", "LITERAL_PREFIX",
                "LITERAL_SUFFIX", "CREATE_PARAMS", "NULLABLE:int", "CASE_SENSITIVE", "SEARCHABLE:int",
                "UNSIGNED_ATTRIBUTE", "FIXED_PREC_SCALE", "AUTO_INCREMENT", "LOCAL_TYPE_NAME", "MINIMUM_SCALE:int",
                "MAXIMUM_SCALE:int", "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int", "NUM_PREC_RADIX:int");
        for (TypeNames.TypeInfo info : TypeNames.TYPE_INFO) {
            table.row(info.name(), info.jdbcType(), info.precision(), info.literalQuote(), info.literalQuote(),
                    info.createParams(), typeNullable, "false", typeSearchable, String.valueOf(info.unsigned()),
                    "false", "false", info.name(), 0, info.maxScale(), null, null, 10);
        }
        return table.toResultSet();
    }

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern)
            throws SQLException {
        return noRows("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "RESERVED1", "RESERVED2",
                "RESERVED3", "REMARKS", "PROCEDURE_TYPE:int", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
                                         String columnNamePattern) throws SQLException {
        return noRows("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "COLUMN_NAME",
                "COLUMN_TYPE:int", "DATA_TYPE:int", "TYPE_NAME", "PRECISION:int", "LENGTH:int", "SCALE:int",
                "RADIX:int", "NULLABLE:int", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int",
                "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int", "IS_NULLABLE", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern)
            throws SQLException {
        return noRows("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS", "FUNCTION_TYPE:int",
                "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
                                        String columnNamePattern) throws SQLException {
        return noRows("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "COLUMN_NAME",
                "COLUMN_TYPE:int", "DATA_TYPE:int", "TYPE_NAME", "PRECISION:int", "LENGTH:int", "SCALE:int",
                "RADIX:int", "NULLABLE:int", "REMARKS", "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int",
                "IS_NULLABLE", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern)
            throws SQLException {
        return noRows("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "GRANTOR", "GRANTEE",
                "PRIVILEGE", "IS_GRANTABLE");
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern)
            throws SQLException {
        return noRows("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE",
                "IS_GRANTABLE");
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable)
            throws SQLException {
        return noRows(ROW_IDENTIFIER_COLUMNS);
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table) throws SQLException {
        return noRows(ROW_IDENTIFIER_COLUMNS);
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types)
            throws SQLException {
        return noRows("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "CLASS_NAME", "DATA_TYPE:int", "REMARKS",
                "BASE_TYPE:int");
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) throws SQLException {
        return noRows("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SUPERTYPE_CAT", "SUPERTYPE_SCHEM",
                "SUPERTYPE_NAME");
    }

    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern)
            throws SQLException {
        return noRows("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME");
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
                                   String attributeNamePattern) throws SQLException {
        return noRows("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "ATTR_NAME", "DATA_TYPE:int",
                "ATTR_TYPE_NAME", "ATTR_SIZE:int", "DECIMAL_DIGITS:int", "NUM_PREC_RADIX:int", "NULLABLE:int",
                "REMARKS", "ATTR_DEF", "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int", "CHAR_OCTET_LENGTH:int",
                "ORDINAL_POSITION:int", "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE",
                "SOURCE_DATA_TYPE:int");
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
                                      String columnNamePattern) throws SQLException {
        return noRows("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE:int",
                "COLUMN_SIZE:int", "DECIMAL_DIGITS:int", "NUM_PREC_RADIX:int", "COLUMN_USAGE", "REMARKS",
                "CHAR_OCTET_LENGTH:int", "IS_NULLABLE");
    }

    @Override
    public ResultSet getClientInfoProperties() throws SQLException {
        connection.checkOpen();
        return new MetadataTable("NAME", "MAX_LEN:int", "DEFAULT_VALUE", "DESCRIPTION")
                .row("ApplicationName", 16777215, null, "The name of the application using the connection")
                .row("ClientUser", 16777215, null, "The user on whose behalf the application works")
                .row("ClientHostname", 16777215, null, "The host the application runs on")
                .toResultSet();
    }

    @Override
    public String getURL() {
        return connection.url();
    }

    @Override
    public String getUserName() {
        return null;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }
}
