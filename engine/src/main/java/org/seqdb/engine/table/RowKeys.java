package org.seqdb.engine.table;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.seqdb.engine.ValueText;

/**
 * The keys rows are stored and found under: the primary key's values (or a hidden row number)
 * and each unique key's values, made comparable as MariaDB compares them. Text compares as
 * utf8mb4_general_ci does for the common cases: case-insensitive, trailing spaces ignored.
 * A key of several columns is an Object[]; a unique key with a NULL in it has no entry (NULLs
 * never collide, as in MariaDB).
 */
public final class RowKeys {
    private RowKeys() {
    }

    /** The key of {@code row} for {@code key}, or null if one of its values is NULL. */
    public static Object of(TableShape.KeyShape key, Object[] row, TableShape shape) {
        int[] columns = key.columns();
        if (columns.length == 1) {
            return component(row[columns[0]], shape.column(columns[0]).type());
        }
        Object[] parts = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            parts[i] = component(row[columns[i]], shape.column(columns[i]).type());
            if (parts[i] == null) {
                return null;
            }
        }
        return parts;
    }

    /** One column's part of a key (its value must already fit the column). */
    public static Object component(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        return switch (type.family()) {
            case INTEGER, BIT -> value instanceof BigInteger b && b.bitLength() < 64 ? (Object) b.longValue() : value;
            case DECIMAL -> ((BigDecimal) value).stripTrailingZeros();
            case TEXT -> collationKey((String) value);
            case DATE, TIME, DATETIME -> StorageForm.toStored(value);
            default -> value;
        };
    }

    static String collationKey(String text) {
        return text.stripTrailing().toUpperCase(Locale.ROOT);
    }

    /** The key values as MariaDB quotes them in 1062: joined with '-'. */
    public static String describe(TableShape.KeyShape key, Object[] row, TableShape shape) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < key.columns().length; i++) {
            int column = key.columns()[i];
            if (i > 0) {
                text.append('-');
            }
            text.append(describeValue(row[column], shape.column(column).type()));
        }
        return text.toString();
    }

    private static String describeValue(Object value, ColumnType type) {
        if (value instanceof java.time.LocalDateTime t) {
            return ValueText.ofDateTime(t, type.fractionDigits());
        }
        if (value instanceof java.time.Duration d) {
            return ValueText.ofTime(d, type.fractionDigits());
        }
        if (value instanceof Double d && type.family() == ColumnType.Family.FLOAT) {
            return ValueText.ofFloat((float) (double) d);
        }
        return ValueText.of(value);
    }
}
