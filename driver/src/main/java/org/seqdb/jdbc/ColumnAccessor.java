package org.seqdb.jdbc;

import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.rowset.serial.SerialBlob;
import org.seqdb.engine.Column;
import org.seqdb.engine.SqlType;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.ValueType;

/**
 * How the getters whose answer depends on a column's type (getString, getObject, getBytes) read
 * that column's values, following MariaDB Connector/J. One accessor is chosen per column from its
 * type, once, so no getter switches on the type per call; the getters whose answer does not
 * depend on the column (getLong, getInt, getDate, ...) convert through {@link Values} directly.
 * Values reach an accessor never null: the result set answers null itself.
 */
abstract class ColumnAccessor {
    /** Computed columns (no MariaDB column type) read by their value type: one shared accessor per type. */
    private static final Map<ValueType, ColumnAccessor> BY_VALUE_TYPE = new EnumMap<>(ValueType.class);

    static {
        for (ValueType type : ValueType.values()) {
            BY_VALUE_TYPE.put(type, new ByValueType(type));
        }
    }

    /** What getObject returns: the class Connector/J gives the column's type. */
    private final Conversion object;

    private ColumnAccessor(Conversion object) {
        this.object = object;
    }

    static ColumnAccessor of(Column column) {
        SqlType sqlType = column.sqlType();
        return sqlType == null ? BY_VALUE_TYPE.get(column.type()) : new BySqlType(column, sqlType);
    }

    abstract String string(Object value);

    final Object object(Object value) throws SQLException {
        return object.from(value);
    }

    abstract byte[] bytes(Object value) throws SQLException;

    /** One value's conversion, picked once for a column. */
    private interface Conversion {
        Object from(Object value) throws SQLException;
    }

    /** What getObject returns for a column of {@code type} (Connector/J's classes). */
    private static Conversion objectConversion(ValueType type) {
        return switch (type) {
            case INTEGER, TINYINT -> Values::asInt;
            case BIGINT -> Values::asLong;
            case BIGINT_UNSIGNED -> value -> value instanceof BigInteger ? value : BigInteger.valueOf(Values.asLong(value));
            case DECIMAL -> Values::asDecimal;
            case DOUBLE -> Values::asDouble;
            case FLOAT -> value -> (float) Values.asDouble(value);
            case VARCHAR -> Values::asString;
            case BINARY -> TemporalValues::bytes;
            case DATE -> TemporalValues::date;
            case TIME -> TemporalValues::time;
            case DATETIME -> TemporalValues::timestamp;
            case NULL -> value -> value;
        };
    }

    /** A computed column (an expression, a metadata answer): its value type is all there is to know. */
    private static final class ByValueType extends ColumnAccessor {
        ByValueType(ValueType type) {
            super(objectConversion(type));
        }

        /** The text MariaDB sends for the value (doubles in its shortest form: 1e3 is 1000). */
        @Override
        String string(Object value) {
            return Values.asString(value);
        }

        @Override
        byte[] bytes(Object value) throws SQLException {
            return TemporalValues.bytes(value);
        }
    }

    /** A column of a table (or an expression typed from one), with its MariaDB type. */
    private static final class BySqlType extends ColumnAccessor {
        private final SqlType sqlType;
        private final boolean floatColumn;
        private final boolean bitColumn;
        /** A DOUBLE with a fixed number of decimals (MariaDB's decimals below NOT_FIXED_DEC, 31). */
        private final boolean fixedDecimals;

        BySqlType(Column column, SqlType sqlType) {
            super(objectConversion(column, sqlType));
            this.sqlType = sqlType;
            this.floatColumn = column.type() == ValueType.FLOAT;
            this.bitColumn = sqlType.typeName().equals("BIT");
            this.fixedDecimals = (sqlType.typeName().equals("DOUBLE") || sqlType.typeName().equals("FLOAT"))
                    && sqlType.scale() < 31;
        }

        /** The class Connector/J gives the MariaDB type (Boolean for BIT(1) and TINYINT(1), ...). */
        private static Conversion objectConversion(Column column, SqlType sqlType) {
            return switch (sqlType.className()) {
                case "java.lang.Boolean" -> Values::asBoolean;
                case "java.lang.Integer" -> Values::asInt;
                case "java.lang.Short" -> Values::asShort;
                case "java.lang.Long" -> Values::asLong;
                case "[B" -> value -> TemporalValues.bytes(value, sqlType);
                case "java.sql.Blob" -> value -> new SerialBlob(TemporalValues.bytes(value));
                default -> ColumnAccessor.objectConversion(column.type());
            };
        }

        /**
         * As Connector/J gives it: FLOAT with 6 significant digits, a DOUBLE of fixed decimals with
         * them, DATETIME and TIMESTAMP with 6
         * fractional digits when the fraction is not zero (else the column's), TIME with the
         * column's, BIT as {@code b'101'}.
         */
        @Override
        String string(Object value) {
            if (fixedDecimals && value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
                // a double with a fixed number of decimals (ROUND(x, 2), FLOOR(x), a DOUBLE(M,D) column) is
                // printed with them; a FLOAT(M,D) column's value with its float's own digits first
                java.math.BigDecimal exact = floatColumn ? new java.math.BigDecimal(Float.toString((float) (double) d))
                        : new java.math.BigDecimal(d);
                return exact.setScale(sqlType.scale(), java.math.RoundingMode.HALF_EVEN).toPlainString();
            }
            if (floatColumn && value instanceof Double d) {
                return ValueText.ofFloat((float) (double) d);
            }
            if (value instanceof LocalDateTime t) {
                // Connector/J prints a fraction that is not zero with 6 digits, a zero one as the server sends it
                return ValueText.ofDateTime(t, t.getNano() != 0 ? 6 : sqlType.scale());
            }
            if (value instanceof Duration d) {
                return ValueText.ofTime(d, sqlType.scale());
            }
            if (bitColumn && value instanceof Long bits) {
                return "b'" + (bits == 0 ? "" : Long.toBinaryString(bits)) + "'";
            }
            return Values.asString(value);
        }

        @Override
        byte[] bytes(Object value) throws SQLException {
            return TemporalValues.bytes(value, sqlType);
        }
    }
}
