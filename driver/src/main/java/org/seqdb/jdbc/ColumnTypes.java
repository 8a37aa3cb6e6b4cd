package org.seqdb.jdbc;

import java.sql.Types;
import java.util.Locale;

/**
 * How MariaDB Connector/J (3.x, default options) describes a column in
 * {@code DatabaseMetaData.getColumns}, computed from the column's INFORMATION_SCHEMA.COLUMNS
 * facts: the same DATA_TYPE, TYPE_NAME, COLUMN_SIZE and DECIMAL_DIGITS, so that a tool (or
 * Hibernate's schema validator) sees a seqdb table as it would see the same table on MariaDB.
 */
final class ColumnTypes {
    private ColumnTypes() {
    }

    /** {@code java.sql.Types} for a column: by DATA_TYPE, with TINYINT(1) read as BOOLEAN. */
    static int jdbcType(String dataType, String columnType) {
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "bit" -> Types.BIT;
            case "tinyblob" -> Types.VARBINARY;
            case "mediumblob", "longblob", "blob" -> Types.LONGVARBINARY;
            case "tinytext" -> Types.VARCHAR;
            case "mediumtext", "longtext", "text" -> Types.LONGVARCHAR;
            case "date", "year" -> Types.DATE;
            case "datetime", "timestamp" -> Types.TIMESTAMP;
            case "decimal" -> Types.DECIMAL;
            case "double" -> Types.DOUBLE;
            case "enum", "set", "varchar" -> Types.VARCHAR;
            case "float" -> Types.REAL;
            case "int", "mediumint" -> Types.INTEGER;
            case "bigint" -> Types.BIGINT;
            case "null" -> Types.NULL;
            case "smallint" -> Types.SMALLINT;
            case "varbinary" -> Types.VARBINARY;
            case "char" -> Types.CHAR;
            case "binary" -> Types.BINARY;
            case "time" -> Types.TIME;
            case "tinyint" -> isTinyIntOne(columnType) ? Types.BOOLEAN : Types.TINYINT;
            default -> Types.OTHER;
        };
    }

    /** COLUMN_TYPE upper-cased without its first "(...)": {@code bigint(21) unsigned} is BIGINT UNSIGNED. */
    static String typeName(String columnType) {
        if (isTinyIntOne(columnType)) {
            return "BOOLEAN";
        }
        int open = columnType.indexOf('(');
        int close = columnType.indexOf(')');
        String withoutSize = open >= 0 && close > open
                ? columnType.substring(0, open) + columnType.substring(close + 1) : columnType;
        return withoutSize.toUpperCase(Locale.ROOT);
    }

    private static boolean isTinyIntOne(String columnType) {
        return columnType.toLowerCase(Locale.ROOT).startsWith("tinyint(1)");
    }

    /** Date and time types by their fractional digits, others by precision or character length. */
    static Long columnSize(String dataType, Object datetimePrecision, Object numericPrecision, Object maxLength) {
        switch (dataType.toLowerCase(Locale.ROOT)) {
            case "date":
                return 10L;
            case "time":
                return datetimeSize(datetimePrecision, 10, 11);
            case "datetime", "timestamp":
                return datetimeSize(datetimePrecision, 19, 20);
            default:
                if (numericPrecision != null) {
                    return toLong(numericPrecision);
                }
                return maxLength == null ? null : Math.min(toLong(maxLength), Integer.MAX_VALUE);
        }
    }

    private static Long datetimeSize(Object precision, long whole, long withPoint) {
        if (precision == null) {
            return null;
        }
        long digits = toLong(precision);
        return digits == 0 ? whole : withPoint + digits;
    }

    /** NUMERIC_SCALE, except 0 for every TINYINT (Connector/J reads TINYINT(1) as a boolean). */
    static Long decimalDigits(String dataType, Object numericScale) {
        if (dataType.equalsIgnoreCase("tinyint")) {
            return 0L;
        }
        return numericScale == null ? null : toLong(numericScale);
    }

    static Long octetLength(Object characterOctetLength) {
        return characterOctetLength == null ? null : Math.min(toLong(characterOctetLength), Integer.MAX_VALUE);
    }

    static long toLong(Object value) {
        return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
    }
}
