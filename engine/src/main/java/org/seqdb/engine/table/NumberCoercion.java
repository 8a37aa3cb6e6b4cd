package org.seqdb.engine.table;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;

/**
 * Values made fit for numeric columns (integers, BIT, DECIMAL, FLOAT, DOUBLE) as MariaDB's strict
 * mode does it: out of range is 1264, text that is no number is 1366, a number followed by other
 * text is 1265, DECIMAL rounds to its scale with a note.
 */
final class NumberCoercion {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final double FLOAT_MAX = Float.MAX_VALUE;

    private NumberCoercion() {
    }

    /** An integer column's value: Long, or BigInteger above Long.MAX_VALUE (BIGINT UNSIGNED). */
    static Object integer(Object value, ColumnType type, ColumnContext where) {
        BigDecimal number = number(value, "integer", where);
        BigInteger integer = number.setScale(0, RoundingMode.HALF_UP).toBigInteger();
        if (value instanceof Double d) {
            integer = BigDecimal.valueOf(Math.rint(d)).toBigInteger();
        }
        if (integer.compareTo(type.minimum()) < 0 || integer.compareTo(type.maximum()) > 0) {
            throw new SeqDbException(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, where.column(), where.row());
        }
        return compact(integer);
    }

    /** A BIT(n) column's value as a Long; more bits than n is 1406. */
    static Object bit(Object value, ColumnType type, ColumnContext where) {
        BigInteger integer;
        if (value instanceof byte[] bytes) {
            integer = new BigInteger(1, bytes);
        } else {
            integer = number(value, "integer", where).setScale(0, RoundingMode.HALF_UP).toBigInteger();
        }
        if (integer.signum() < 0 || integer.compareTo(type.maximum()) > 0) {
            throw new SeqDbException(ErrorCode.ER_DATA_TOO_LONG, where.column(), where.row());
        }
        return integer.longValue();
    }

    static BigDecimal decimal(Object value, ColumnType type, ColumnContext where) {
        BigDecimal number = number(value, "decimal", where);
        BigDecimal scaled = number.setScale(type.scale(), RoundingMode.HALF_UP);
        BigDecimal limit = BigDecimal.TEN.pow(type.precision() - type.scale());
        if (scaled.abs().compareTo(limit) >= 0 || type.unsigned() && scaled.signum() < 0) {
            throw new SeqDbException(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, where.column(), where.row());
        }
        if (scaled.compareTo(number) != 0) {
            where.notes().accept(Notice.note(ErrorCode.WARN_DATA_TRUNCATED, where.column(), where.row()));
        }
        return scaled;
    }

    /** FLOAT keeps single precision (held as the Double of the float), DOUBLE double. */
    static Double floating(Object value, ColumnType type, ColumnContext where) {
        double d = value instanceof Double x ? x : value instanceof Float f ? f
                : number(value, "double", where).doubleValue();
        boolean single = type.family() == ColumnType.Family.FLOAT;
        if (Double.isInfinite(d) || Double.isNaN(d) || single && Math.abs(d) > FLOAT_MAX
                || type.unsigned() && d < 0) {
            throw new SeqDbException(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, where.column(), where.row());
        }
        if (type.hasFixedDecimals()) {
            d = fixedDecimals(d, type, where);
        }
        return single ? (double) (float) d : d;
    }

    /**
     * FLOAT(M,D) and DOUBLE(M,D) as MariaDB's Field_real::truncate_double stores them: the fraction
     * rounded to D decimals (to the even neighbour at a tie, as rint does), then 1264 beyond the
     * M - D integer digits.
     */
    private static double fixedDecimals(double d, ColumnType type, ColumnContext where) {
        double scale = Math.pow(10, type.scale());
        double whole = Math.floor(d);
        double rounded = whole + Math.rint((d - whole) * scale) / scale;
        double max = Math.pow(10, type.length() - type.scale()) - 1 / scale;
        if (Math.abs(rounded) > max) {
            throw new SeqDbException(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, where.column(), where.row());
        }
        return rounded;
    }

    /** A value read as a number as MariaDB reads it into a numeric column. */
    private static BigDecimal number(Object value, String kind, ColumnContext where) {
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double d) {
            if (Double.isInfinite(d) || Double.isNaN(d)) {
                throw new SeqDbException(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, where.column(), where.row());
            }
            return new BigDecimal(d);
        }
        if (value instanceof Float f) {
            return new BigDecimal(f);
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (value instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof LocalDate d) {
            return BigDecimal.valueOf(d.getYear() * 10000L + d.getMonthValue() * 100L + d.getDayOfMonth());
        }
        if (value instanceof LocalDateTime t) {
            return new BigDecimal(ValueText.ofDateTime(t, 0).replaceAll("[^0-9]", ""));
        }
        String text = value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(value);
        return parse(text, kind, where);
    }

    /** The leading number of a text; a text with no number is 1366, one with more after it 1265. */
    private static BigDecimal parse(String text, String kind, ColumnContext where) {
        String trimmed = text.strip();
        int end = numberPrefix(trimmed);
        if (end == 0) {
            throw new SeqDbException(ErrorCode.ER_TRUNCATED_WRONG_VALUE_FOR_FIELD, kind, text, where.database(),
                    where.table(), where.column(), where.row());
        }
        if (end < trimmed.length()) {
            throw new SeqDbException(ErrorCode.WARN_DATA_TRUNCATED, where.column(), where.row());
        }
        try {
            return new BigDecimal(trimmed.substring(0, end));
        } catch (NumberFormatException e) {
            throw new SeqDbException(ErrorCode.ER_TRUNCATED_WRONG_VALUE_FOR_FIELD, kind, text, where.database(),
                    where.table(), where.column(), where.row());
        }
    }

    /** The length of the number at the start of {@code text}: [sign] digits [. digits] [e [sign] digits]. */
    private static int numberPrefix(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digitsStart = i;
        while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
        }
        boolean intDigits = i > digitsStart;
        boolean fracDigits = false;
        if (i < n && text.charAt(i) == '.') {
            int fracStart = ++i;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
            fracDigits = i > fracStart;
        }
        if (!intDigits && !fracDigits) {
            return 0;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int mark = i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                i = mark;
            }
        }
        return i;
    }

    static Object compact(BigInteger integer) {
        return integer.compareTo(LONG_MIN) >= 0 && integer.compareTo(LONG_MAX) <= 0 ? (Object) integer.longValue()
                : integer;
    }
}
