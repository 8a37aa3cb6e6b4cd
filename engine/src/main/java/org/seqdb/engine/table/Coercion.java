package org.seqdb.engine.table;

/**
 * A value made fit for a column as MariaDB stores it under its default (strict) SQL mode: the
 * type's own representation, or MariaDB's error. NULL checks are the caller's (1048 needs to
 * know whether the value came from a default).
 */
public final class Coercion {
    private Coercion() {
    }

    /**
     * The column value for {@code value}: Long (BigInteger above Long.MAX_VALUE) for integers and
     * BIT, BigDecimal, Double, String, byte[], LocalDate, Duration (TIME) or LocalDateTime.
     */
    public static Object toColumn(Object value, ColumnType type, ColumnContext where) {
        if (value == null) {
            return null;
        }
        return switch (type.family()) {
            case INTEGER -> NumberCoercion.integer(value, type, where);
            case BIT -> NumberCoercion.bit(value, type, where);
            case DECIMAL -> NumberCoercion.decimal(value, type, where);
            case FLOAT, DOUBLE -> NumberCoercion.floating(value, type, where);
            case TEXT -> TextCoercion.text(value, type, where);
            case BINARY -> TextCoercion.binary(value, type, where);
            case DATE -> TemporalCoercion.date(value, type, where);
            case TIME -> TemporalCoercion.time(value, type, where);
            case DATETIME -> TemporalCoercion.dateTime(value, type, where);
        };
    }
}
