package org.seqdb.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A prepared statement's parameter values, held as the engine takes them (Long, BigInteger,
 * BigDecimal, Double, String, byte[], LocalDate, LocalDateTime, Duration for TIME, or null) in
 * the one array each execution hands to the engine as it is.
 */
final class Parameters {
    /** Marks a parameter that has not been set since the statement was prepared or cleared. */
    private static final Object UNSET = new Object();

    private final Object[] values;

    Parameters(int count) {
        this.values = new Object[count];
        Arrays.fill(values, UNSET);
    }

    int count() {
        return values.length;
    }

    /** The live values, for an execution (no copy: the hot path allocates nothing here). */
    Object[] values() {
        return values;
    }

    /** The values as they are now, for a batch row. */
    Object[] copy() {
        return values.clone();
    }

    void set(int parameterIndex, Object value) throws SQLException {
        SqlExceptions.checkIndex("Parameter", parameterIndex, values.length);
        values[parameterIndex - 1] = value;
    }

    void clear() {
        Arrays.fill(values, UNSET);
    }

    /** Refuses to run with a parameter not set (07004), as the first one not set says. */
    static void checkAllSet(Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == UNSET) {
                throw new SQLException("Parameter at position " + (i + 1) + " is not set", "07004", 0);
            }
        }
    }

    /** A value of setObject (or setDate, setBlob, ...) as the engine takes it. */
    static Object bindable(Object x) throws SQLException {
        if (x == null || x instanceof Long || x instanceof String || x instanceof BigDecimal
                || x instanceof BigInteger || x instanceof Double) {
            return x;
        }
        Object temporal = TemporalValues.bindable(x);
        if (temporal != null) {
            return temporal;
        }
        if (x instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (x instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (x instanceof Integer || x instanceof Short || x instanceof Byte) {
            return ((Number) x).longValue();
        }
        if (x instanceof Float f) {
            return f.doubleValue();
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Character c) {
            return c.toString();
        }
        throw SqlExceptions.unsupported("Binding a " + x.getClass().getName() + " parameter");
    }
}
