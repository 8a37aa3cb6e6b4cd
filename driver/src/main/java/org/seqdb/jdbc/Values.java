package org.seqdb.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import org.seqdb.engine.Column;
import org.seqdb.engine.SqlType;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.ValueType;

/**
 * Conversions of the engine's row values (Long, BigInteger, BigDecimal, Double, String or
 * null) to what the ResultSet getters promise, following MariaDB Connector/J: a value that
 * does not fit the asked type is an {@link java.sql.SQLDataException}, never a silent wrap.
 */
final class Values {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Values() {
    }

    /** The text MariaDB sends for the value (doubles in its shortest form: 1e3 is 1000). */
    static String asString(Object value) {
        return ValueText.of(value);
    }

    /**
     * getString of a column value as MariaDB Connector/J gives it: FLOAT with 6 significant
     * digits, DATETIME and TIMESTAMP with 6 fractional digits when the fraction is not zero (else
     * the column's), TIME with the column's, BIT as {@code b'101'}.
     */
    static String asString(Object value, Column column) {
        SqlType sqlType = column.sqlType();
        if (value == null || sqlType == null) {
            return asString(value);
        }
        if (value instanceof Double d && column.type() == ValueType.FLOAT) {
            return org.seqdb.engine.ValueText.ofFloat((float) (double) d);
        }
        if (value instanceof Double d && sqlType.typeName().equals("DOUBLE") && sqlType.scale() < 31
                && !d.isNaN() && !d.isInfinite()) {
            // a double with a fixed number of decimals (ROUND(x, 2), FLOOR(x)) is printed with them
            return new BigDecimal(d).setScale(sqlType.scale(), java.math.RoundingMode.HALF_EVEN).toPlainString();
        }
        if (value instanceof java.time.LocalDateTime t) {
            // Connector/J prints a fraction that is not zero with 6 digits, a zero one as the server sends it
            return org.seqdb.engine.ValueText.ofDateTime(t, t.getNano() != 0 ? 6 : sqlType.scale());
        }
        if (value instanceof java.time.Duration d) {
            return org.seqdb.engine.ValueText.ofTime(d, sqlType.scale());
        }
        if (sqlType.typeName().equals("BIT") && value instanceof Long bits) {
            return "b'" + (bits == 0 ? "" : Long.toBinaryString(bits)) + "'";
        }
        return asString(value);
    }

    static long asLong(Object value) throws SQLException {
        if (value == null) {
            return 0;
        }
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof BigInteger big) {
            return bigIntegerToLong(big, value);
        }
        if (value instanceof BigDecimal decimal) {
            return bigIntegerToLong(decimal.toBigInteger(), value);
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d < Long.MIN_VALUE || d >= 0x1p63) {
                throw outOfRange(value, "long");
            }
            return d.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return parseLong(value.toString());
    }

    static int asInt(Object value) throws SQLException {
        long l = asLong(value);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw outOfRange(value, "int");
        }
        return (int) l;
    }

    static short asShort(Object value) throws SQLException {
        long l = asLong(value);
        if (l < Short.MIN_VALUE || l > Short.MAX_VALUE) {
            throw outOfRange(value, "short");
        }
        return (short) l;
    }

    static byte asByte(Object value) throws SQLException {
        long l = asLong(value);
        if (l < Byte.MIN_VALUE || l > Byte.MAX_VALUE) {
            throw outOfRange(value, "byte");
        }
        return (byte) l;
    }

    static boolean asBoolean(Object value) throws SQLException {
        if (value == null) {
            return false;
        }
        if (value instanceof String s) {
            String t = s.trim();
            if (t.equalsIgnoreCase("true")) {
                return true;
            }
            if (t.equalsIgnoreCase("false") || t.isEmpty()) {
                return false;
            }
            return asDecimal(t).signum() != 0;
        }
        return asDecimal(value).signum() != 0;
    }

    static double asDouble(Object value) throws SQLException {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw notANumber(value);
        }
    }

    static BigDecimal asDecimal(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw notANumber(value);
        }
    }

    /** What getObject returns for a column of {@code type} (Connector/J's classes). */
    static Object asObject(Object value, ValueType type) throws SQLException {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INTEGER, TINYINT -> asInt(value);
            case BIGINT -> asLong(value);
            case BIGINT_UNSIGNED -> value instanceof BigInteger ? value : BigInteger.valueOf(asLong(value));
            case DECIMAL -> asDecimal(value);
            case DOUBLE -> asDouble(value);
            case FLOAT -> (float) asDouble(value);
            case VARCHAR -> asString(value);
            case BINARY -> TemporalValues.bytes(value);
            case DATE -> TemporalValues.date(value);
            case TIME -> TemporalValues.time(value);
            case DATETIME -> TemporalValues.timestamp(value);
            case NULL -> value;
        };
    }

    /** getObject of a column: the class Connector/J gives its MariaDB type (Boolean for BIT(1) and TINYINT(1), ...). */
    static Object asObject(Object value, Column column) throws SQLException {
        SqlType sqlType = column.sqlType();
        if (value == null || sqlType == null) {
            return asObject(value, column.type());
        }
        return switch (sqlType.className()) {
            case "java.lang.Boolean" -> asBoolean(value);
            case "java.lang.Integer" -> asInt(value);
            case "java.lang.Short" -> asShort(value);
            case "java.lang.Long" -> asLong(value);
            case "[B" -> TemporalValues.bytes(value, sqlType);
            case "java.sql.Blob" -> new javax.sql.rowset.serial.SerialBlob(TemporalValues.bytes(value));
            default -> asObject(value, column.type());
        };
    }

    /** getObject(column, Class): the conversions JDBC 4.1 lists for the types seqdb has. */
    static <T> T as(Object value, Class<T> type) throws SQLException {
        if (value == null) {
            return null;
        }
        Object converted;
        if (type == String.class) {
            converted = asString(value);
        } else if (type == Long.class || type == long.class) {
            converted = asLong(value);
        } else if (type == Integer.class || type == int.class) {
            converted = asInt(value);
        } else if (type == Short.class || type == short.class) {
            converted = asShort(value);
        } else if (type == Byte.class || type == byte.class) {
            converted = asByte(value);
        } else if (type == Boolean.class || type == boolean.class) {
            converted = asBoolean(value);
        } else if (type == Double.class || type == double.class) {
            converted = asDouble(value);
        } else if (type == Float.class || type == float.class) {
            converted = (float) asDouble(value);
        } else if (type == BigDecimal.class) {
            converted = asDecimal(value);
        } else if (type == BigInteger.class) {
            converted = asDecimal(value).toBigInteger();
        } else if (TemporalValues.handles(type)) {
            converted = TemporalValues.as(value, type);
        } else if (type == Object.class || type.isInstance(value)) {
            converted = value;
        } else {
            throw SqlExceptions.unsupported("Conversion of " + value.getClass().getSimpleName() + " to " + type.getName());
        }
        @SuppressWarnings("unchecked")
        T result = (T) converted;
        return result;
    }

    private static long bigIntegerToLong(BigInteger big, Object original) throws SQLException {
        if (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0) {
            throw outOfRange(original, "long");
        }
        return big.longValue();
    }

    private static long parseLong(String text) throws SQLException {
        String trimmed = text.trim();
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            return bigIntegerToLong(asDecimal(trimmed).toBigInteger(), text);
        }
    }

    private static SQLException outOfRange(Object value, String javaType) {
        return new java.sql.SQLDataException("Out of range value for " + javaType + ": " + asString(value), "22003", 0);
    }

    private static SQLException notANumber(Object value) {
        return SqlExceptions.badValue("Value '" + value + "' is not a number");
    }
}
