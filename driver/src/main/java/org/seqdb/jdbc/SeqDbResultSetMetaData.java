package org.seqdb.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.SqlType;
import org.seqdb.engine.ValueType;

/**
 * Labels, names and types of a result's columns, as the engine described them: columns of tables
 * (and expressions typed from them) carry their MariaDB type as Connector/J 3 reports it; other
 * columns are described by their value type.
 */
final class SeqDbResultSetMetaData extends JdbcWrapper implements ResultSetMetaData {
    private final List<Column> columns;

    SeqDbResultSetMetaData(List<Column> columns) {
        this.columns = columns;
    }

    private Column column(int column) throws SQLException {
        SqlExceptions.checkIndex("Column", column, columns.size());
        return columns.get(column - 1);
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        return column(column).autoIncrement();
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return false;
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        return column(column).nullable() ? columnNullable : columnNoNulls;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        if (column(column).sqlType() != null) {
            return column(column).sqlType().signed();
        }
        ValueType type = column(column).type();
        return type != ValueType.BIGINT_UNSIGNED && type != ValueType.VARCHAR && type != ValueType.NULL;
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        SqlType sqlType = column(column).sqlType();
        return sqlType != null ? sqlType.displaySize() : column(column).type().displaySize();
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).label();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        Column c = column(column);
        return c.name().isEmpty() ? c.label() : c.name();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        if (column(column).sqlType() != null) {
            return column(column).sqlType().precision();
        }
        ValueType type = column(column).type();
        return switch (type) {
            case BIGINT -> 19;
            case BIGINT_UNSIGNED -> 20;
            case INTEGER -> 10;
            case TINYINT -> 3;
            case DECIMAL -> 65;
            case DOUBLE -> 22;
            case FLOAT -> 12;
            case VARCHAR, BINARY -> type.displaySize();
            case DATE, TIME -> 10;
            case DATETIME -> 19;
            case NULL -> 0;
        };
    }

    @Override
    public int getScale(int column) throws SQLException {
        if (column(column).sqlType() != null) {
            return column(column).sqlType().scale();
        }
        return column(column).type() == ValueType.DECIMAL ? 4 : 0;
    }

    @Override
    public String getTableName(int column) throws SQLException {
        return column(column).table();
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        return column(column).database();
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        SqlType sqlType = column(column).sqlType();
        return sqlType != null ? sqlType.jdbcType() : column(column).type().jdbcType();
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        SqlType sqlType = column(column).sqlType();
        return sqlType != null ? sqlType.typeName() : column(column).type().typeName();
    }

    /** A table's column can be written (Connector/J: not read-only when it has a table); a computed one cannot. */
    @Override
    public boolean isReadOnly(int column) throws SQLException {
        return !writable(column(column));
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        return writable(column(column));
    }

    private static boolean writable(Column column) {
        return column.sqlType() != null && !column.table().isEmpty();
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        SqlType sqlType = column(column).sqlType();
        return sqlType != null ? sqlType.className() : column(column).type().javaClass().getName();
    }
}
