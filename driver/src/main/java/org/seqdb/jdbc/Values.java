package org.seqdb.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import org.seqdb.engine.ValueText;

/**
 * Conversions of the engine's row values (Long, BigInteger, BigDecimal, Double, String or
 * null) to what the ResultSet getters promise, following MariaDB Connector/J: a value that
 * does not fit the asked type is an {@link java.sql.SQLDataException}, never a silent wrap. What
 * depends on the column's type as well (getString, getObject, getBytes) is {@link ColumnAccessor}'s.
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
        return (int) asLongWithin(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    static short asShort(Object value) throws SQLException {
        return (short) asLongWithin(value, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    static byte asByte(Object value) throws SQLException {
        return (byte) asLongWithin(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    /** The value as a long that a narrower Java type can hold, or 22003 naming that type. */
    private static long asLongWithin(Object value, long min, long max, String javaType) throws SQLException {
        long l = asLong(value);
        if (l < min || l > max) {
            throw outOfRange(value, javaType);
        }
        return l;
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
