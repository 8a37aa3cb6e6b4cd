package org.seqdb.engine.table;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;

/**
 * Values made fit for DATE, TIME, DATETIME and TIMESTAMP columns: text in MariaDB's formats
 * ('2024-01-02', '2024-01-02 03:04:05.123', '20240102', '-12:34:56', '1 02:03:04'), numbers like
 * 20240102, and Java dates and times bound as parameters. Fractional seconds beyond the column's
 * digits are cut (MariaDB truncates); a value that is no date is 1292.
 */
public final class TemporalCoercion {
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{1,4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{0,9}))?)?)?");
    /** A date-time written without delimiters: digits, and a fraction after the seconds. */
    private static final Pattern DIGITS_ONLY = Pattern.compile("(\\d+)(?:\\.(\\d*))?");
    private static final Pattern TIME = Pattern.compile(
            "(-)?(?:(\\d+) )?(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{0,9}))?)?");
    private static final Pattern COMPACT_TIME = Pattern.compile("(-)?(\\d{1,3}?)(\\d{2})(\\d{2})(?:\\.(\\d{0,9}))?");
    private static final long MAX_TIME_SECONDS = 838L * 3600 + 59 * 60 + 59;
    private static final LocalDateTime TIMESTAMP_MIN = LocalDateTime.of(1970, 1, 1, 0, 0, 1);
    private static final LocalDateTime TIMESTAMP_MAX = LocalDateTime.of(2038, 1, 19, 3, 14, 7, 999_999_000);

    private TemporalCoercion() {
    }

    static LocalDate date(Object value, ColumnType type, ColumnContext where) {
        LocalDateTime t = dateTime(value, "date", where);
        if (!t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            where.notes().accept(Notice.note(ErrorCode.WARN_DATA_TRUNCATED, where.column(), where.row()));
        }
        return t.toLocalDate();
    }

    static LocalDateTime dateTime(Object value, ColumnType type, ColumnContext where) {
        LocalDateTime t = dateTime(value, "datetime", where);
        t = truncate(t, type.fractionDigits());
        if (type.base().equals("timestamp") && (t.isBefore(TIMESTAMP_MIN) || t.isAfter(TIMESTAMP_MAX))) {
            throw wrong("datetime", value, where);
        }
        return t;
    }

    private static LocalDateTime truncate(LocalDateTime t, int digits) {
        long unit = (long) Math.pow(10, 9 - digits);
        return t.withNano((int) (t.getNano() / unit * unit));
    }

    static Duration time(Object value, ColumnType type, ColumnContext where) {
        Duration d = parseTime(value, where);
        long unit = (long) Math.pow(10, 9 - type.fractionDigits());
        long nanos = d.toNanosPart();
        Duration truncated = d.isNegative()
                ? d.plusNanos(d.abs().toNanosPart() % unit)
                : d.minusNanos(nanos % unit);
        if (truncated.abs().getSeconds() > MAX_TIME_SECONDS) {
            throw wrong("time", value, where);
        }
        return truncated;
    }

    private static Duration parseTime(Object value, ColumnContext where) {
        if (value instanceof Duration d) {
            return d;
        }
        if (value instanceof LocalTime t) {
            return Duration.ofNanos(t.toNanoOfDay());
        }
        if (value instanceof LocalDateTime t) {
            return Duration.ofNanos(t.toLocalTime().toNanoOfDay());
        }
        String text = String.valueOf(value).strip();
        Matcher m = TIME.matcher(text);
        if (m.matches()) {
            long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            long seconds = days * 86400 + Long.parseLong(m.group(3)) * 3600 + minuteOrSecond(m.group(4), value, where) * 60
                    + (m.group(5) == null ? 0 : minuteOrSecond(m.group(5), value, where));
            Duration d = Duration.ofSeconds(seconds, nanos(m.group(6)));
            return m.group(1) != null ? d.negated() : d;
        }
        Matcher c = COMPACT_TIME.matcher(text);
        if (c.matches()) {
            long hours = c.group(2).isEmpty() ? 0 : Long.parseLong(c.group(2));
            Duration d = Duration.ofSeconds(hours * 3600 + minuteOrSecond(c.group(3), value, where) * 60
                    + minuteOrSecond(c.group(4), value, where), nanos(c.group(5)));
            return c.group(1) != null ? d.negated() : d;
        }
        if (text.matches("-?\\d{1,2}")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        throw wrong("time", value, where);
    }

    private static long minuteOrSecond(String digits, Object value, ColumnContext where) {
        long n = Long.parseLong(digits);
        if (n > 59) {
            throw wrong("time", value, where);
        }
        return n;
    }

    private static LocalDateTime dateTime(Object value, String kind, ColumnContext where) {
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        String text = String.valueOf(value).strip();
        try {
            Matcher m = DATE_TIME.matcher(text);
            if (m.matches()) {
                int year = year(m.group(1));
                LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return date.atStartOfDay();
                }
                return date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos(m.group(7)));
            }
            int[] fields = digitFields(text);
            if (fields != null) {
                return LocalDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]);
            }
        } catch (DateTimeException e) {
            throw wrong(kind, value, where);
        }
        throw wrong(kind, value, where);
    }

    /**
     * A date-time written as digits only, read as MariaDB's str_to_datetime reads it: the year has four
     * digits when there are 8 or 14 digits, else two (70-99 are 19xx); month, day, hour, minute and
     * second then take two digits each, the last one what is left ({@code 2401011} is 2024-01-01
     * 01:00:00); a fraction may follow the seconds only. Returns year, month, day, hour, minute,
     * second, nanos and the number of fields written (3 for a date alone), or null if the text is no
     * such date-time. (MariaDB also reads 15 digits or more, with a warning; they are refused here.)
     */
    static int[] digitFields(String text) {
        Matcher m = DIGITS_ONLY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1);
        int length = digits.length();
        // fewer than five digits cannot hold a year, a month and a day
        if (length < 5 || length > 14) {
            return null;
        }
        int yearLength = length == 8 || length == 14 ? 4 : 2;
        int[] fields = new int[8];
        fields[0] = year(digits.substring(0, yearLength));
        int count = 1;
        for (int at = yearLength; at < length; at += 2) {
            fields[count++] = Integer.parseInt(digits.substring(at, Math.min(length, at + 2)));
        }
        if (m.group(2) != null && count < 6) {
            return null;
        }
        fields[6] = nanos(m.group(2));
        fields[7] = count;
        return fields;
    }

    /** True if {@code text} is a date-time written as digits only that has a time of day. */
    public static boolean digitsHaveTime(String text) {
        int[] fields = digitFields(text);
        return fields != null && fields[7] > 3;
    }

    /**
     * A number read as a date-time, as MariaDB's number_to_datetime reads it: YYMMDD (00-69 are
     * 20xx, 70-99 19xx), YYYYMMDD, YYMMDDHHMMSS or YYYYMMDDHHMMSS; null for any other number or
     * an impossible date.
     */
    public static LocalDateTime numberToDateTime(long number) {
        long full;
        if (number < 101) {
            return null;
        } else if (number <= 691231L) {
            full = (number + 20000000L) * 1000000L;
        } else if (number < 700101L) {
            return null;
        } else if (number <= 991231L) {
            full = (number + 19000000L) * 1000000L;
        } else if (number < 10000101L) {
            return null;
        } else if (number <= 99991231L) {
            full = number * 1000000L;
        } else if (number < 101000000L) {
            return null;
        } else if (number <= 691231235959L) {
            full = number + 20000000000000L;
        } else if (number < 700101000000L) {
            return null;
        } else if (number <= 991231235959L) {
            full = number + 19000000000000L;
        } else if (number <= 99991231235959L) {
            full = number;
        } else {
            return null;
        }
        long date = full / 1000000L;
        long time = full % 1000000L;
        try {
            return LocalDateTime.of((int) (date / 10000), (int) (date / 100 % 100), (int) (date % 100),
                    (int) (time / 10000), (int) (time / 100 % 100), (int) (time % 100));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /**
     * A value read as a date-time for a comparison or a key lookup: a date-time, a date at midnight,
     * text by {@link #parseDateTime}, a number by {@link #numberToDateTime(Object)}; null if it is none.
     */
    public static LocalDateTime readDateTime(Object value) {
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        return value instanceof String s ? parseDateTime(s) : numberToDateTime(value);
    }

    /** True for the values {@link #numberToDateTime(Object)} reads: integers, decimals and doubles. */
    public static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof BigInteger
                || value instanceof BigDecimal || value instanceof Double;
    }

    /**
     * A number of any type read as a date-time: its integer part by {@link #numberToDateTime(long)},
     * a fraction as the microseconds of a date-time (a date alone drops it, see
     * {@link #dropsFraction}). Null if it is no date-time, or not a number.
     */
    public static LocalDateTime numberToDateTime(Object number) {
        BigDecimal exact = exactNumber(number);
        if (exact == null) {
            return null;
        }
        BigInteger whole = exact.toBigInteger();
        if (whole.bitLength() > 63) {
            return null;
        }
        LocalDateTime t = numberToDateTime(whole.longValue());
        if (t == null || !hasFraction(exact) || !numberHasTime(whole.longValue())) {
            return t;
        }
        return t.withNano(exact.subtract(new BigDecimal(whole)).movePointRight(6).intValue() * 1000);
    }

    /**
     * True if reading {@code number} as a date-time (one it is, see {@link #numberToDateTime(Object)})
     * drops a fraction: a date alone (YYYYMMDD or shorter) with one.
     */
    public static boolean dropsFraction(Object number) {
        BigDecimal exact = exactNumber(number);
        return exact != null && hasFraction(exact) && !numberHasTime(exact.longValue());
    }

    /** True if a number read as a date-time by {@link #numberToDateTime(Object)} has a time of day. */
    public static boolean numberHasTime(Object number) {
        BigDecimal exact = exactNumber(number);
        return exact != null && numberHasTime(exact.longValue());
    }

    private static boolean hasFraction(BigDecimal exact) {
        return exact.stripTrailingZeros().scale() > 0;
    }

    private static BigDecimal exactNumber(Object number) {
        if (number instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return isNumber(number) ? new BigDecimal(number.toString()) : null;
    }

    /** True if {@link #numberToDateTime} reads {@code number} with a time of day (YYMMDDHHMMSS or longer). */
    private static boolean numberHasTime(long number) {
        return number > 99991231L;
    }

    /** Two-digit years as MariaDB reads them: 70-99 are 19xx, 00-69 are 20xx. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            return year < 70 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static int nanos(String digits) {
        if (digits == null || digits.isEmpty()) {
            return 0;
        }
        String nine = (digits + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static SeqDbException wrong(String kind, Object value, ColumnContext where) {
        return new SeqDbException(ErrorCode.ER_TRUNCATED_WRONG_DATETIME, kind, String.valueOf(value),
                where.database(), where.table(), where.column(), where.row());
    }

    /** Reads a text as a date-time, or null if it is none (for comparisons with DATETIME values). */
    public static LocalDateTime parseDateTime(String text) {
        try {
            return dateTime(text, "datetime", new ColumnContext("", "", "", 0, n -> {
            }));
        } catch (SeqDbException e) {
            return null;
        }
    }

    /** Reads a text as a TIME value, or null if it is none. */
    public static Duration parseTime(String text) {
        try {
            return parseTime(text, new ColumnContext("", "", "", 0, n -> {
            }));
        } catch (SeqDbException e) {
            return null;
        }
    }
}
