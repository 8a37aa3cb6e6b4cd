package org.seqdb.engine.table;

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
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2}))?");
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
            Matcher c = COMPACT_DATE.matcher(text);
            if (c.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)),
                        Integer.parseInt(c.group(3)));
                if (c.group(4) == null) {
                    return date.atStartOfDay();
                }
                return date.atTime(Integer.parseInt(c.group(4)), Integer.parseInt(c.group(5)),
                        Integer.parseInt(c.group(6)));
            }
        } catch (DateTimeException e) {
            throw wrong(kind, value, where);
        }
        throw wrong(kind, value, where);
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
