package org.seqdb.engine.table;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Column values as the store keeps them, in MVStore's built-in types only (Long, BigInteger,
 * BigDecimal, Double, String, byte[]): dates as epoch days, TIME as microseconds, DATETIME and
 * TIMESTAMP as microseconds since 1970-01-01 00:00 (the local time written, no zone).
 */
public final class StorageForm {
    private StorageForm() {
    }

    public static Object toStored(Object value) {
        if (value instanceof LocalDate d) {
            return d.toEpochDay();
        }
        if (value instanceof LocalDateTime t) {
            return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + t.getNano() / 1000;
        }
        if (value instanceof Duration d) {
            return d.getSeconds() * 1_000_000 + d.getNano() / 1000;
        }
        return value;
    }

    public static Object fromStored(Object stored, ColumnType type) {
        if (stored == null) {
            return null;
        }
        return switch (type.family()) {
            case DATE -> LocalDate.ofEpochDay((Long) stored);
            case DATETIME -> {
                long micros = (Long) stored;
                yield LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                        (int) Math.floorMod(micros, 1_000_000) * 1000, ZoneOffset.UTC);
            }
            case TIME -> {
                long micros = (Long) stored;
                yield Duration.ofSeconds(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
            }
            default -> stored;
        };
    }

    /** A whole row for the store. */
    public static Object[] toStored(Object[] row) {
        Object[] stored = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            stored[i] = toStored(row[i]);
        }
        return stored;
    }

    /** A stored row read back; a row stored before columns were added gets their defaults from the caller. */
    public static Object[] fromStored(Object[] stored, TableShape shape) {
        Object[] row = new Object[shape.columns().size()];
        for (int i = 0; i < row.length && i < stored.length; i++) {
            row[i] = fromStored(stored[i], shape.column(i).type());
        }
        return row;
    }
}
