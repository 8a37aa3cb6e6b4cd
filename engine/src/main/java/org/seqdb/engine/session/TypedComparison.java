package org.seqdb.engine.session;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.table.TemporalCoercion;

/**
 * Comparisons of the values table columns bring that are not numbers or text: dates, times and
 * date-times (with each other, or with text or a number read as one: {@code dt > '2024-01-01'},
 * {@code da = 20240101}), and bytes
 * (compared byte by byte, unsigned, as MariaDB's binary collation does).
 */
final class TypedComparison {
    private static final Pattern ZERO_DATE = Pattern.compile("0000-00-00(?: 00:00:00(?:\\.0*)?)?");

    private TypedComparison() {
    }

    /**
     * The order of the two values, or null if neither is of these kinds (the caller compares them).
     * A value compared with a date that is no date-time counts as the zero date, before every date,
     * as in MariaDB, and is reported to {@code warnings} (1292 Truncated incorrect datetime value).
     */
    static Integer compare(Object left, Object right, Consumer<Notice> warnings) {
        if (left instanceof byte[] || right instanceof byte[]) {
            return Arrays.compareUnsigned(bytes(left), bytes(right));
        }
        if (left instanceof Duration || right instanceof Duration) {
            Duration a = time(left);
            Duration b = time(right);
            return a == null || b == null ? null : a.compareTo(b);
        }
        if (isDate(left) || isDate(right)) {
            LocalDateTime a = dateTime(left);
            LocalDateTime b = dateTime(right);
            if (a == null || b == null) {
                warnings.accept(Notice.warning(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "datetime",
                        org.seqdb.engine.ValueText.of(a == null ? left : right)));
                return a == null ? -1 : 1;
            }
            return a.compareTo(b);
        }
        return null;
    }

    private static boolean isDate(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime;
    }

    private static byte[] bytes(Object value) {
        return value instanceof byte[] b ? b
                : org.seqdb.engine.ValueText.of(value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Duration time(Object value) {
        if (value instanceof Duration d) {
            return d;
        }
        return value instanceof String s ? TemporalCoercion.parseTime(s) : null;
    }

    private static LocalDateTime dateTime(Object value) {
        if (value instanceof String s && ZERO_DATE.matcher(s.strip()).matches()) {
            // MariaDB's zero date, a valid text before every date (no warning)
            return LocalDateTime.MIN;
        }
        // a number against a date is read as one, as MariaDB does: dt = 20240101123000
        return TemporalCoercion.readDateTime(value);
    }
}
