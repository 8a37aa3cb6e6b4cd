package org.seqdb.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.seqdb.engine.SqlType;

/**
 * Conversions of dates, times and bytes between the engine's values (LocalDate, LocalDateTime,
 * Duration for TIME, byte[]) and what JDBC hands out or takes in (java.sql.Date / Time /
 * Timestamp, java.time classes, byte[]). Dates and times have no zone: they are read and written
 * in the JVM's zone, as MariaDB Connector/J does by default.
 */
final class TemporalValues {
    private static final DateTimeFormatter TEXT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ HH:mm[:ss]]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .toFormatter(Locale.ROOT);

    private TemporalValues() {
    }

    static Timestamp timestamp(Object value) throws SQLException {
        LocalDateTime t = dateTime(value);
        return t == null ? null : Timestamp.valueOf(t);
    }

    static Date date(Object value) throws SQLException {
        LocalDateTime t = dateTime(value);
        return t == null ? null : Date.valueOf(t.toLocalDate());
    }

    static Time time(Object value) throws SQLException {
        if (value instanceof Duration d) {
            return Time.valueOf(localTime(d));
        }
        if (value instanceof String s && s.matches("-?\\d+:\\d{2}:\\d{2}(\\.\\d*)?")) {
            String[] parts = s.replace("-", "").split("[:.]");
            Duration d = Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
                    .plusSeconds(Long.parseLong(parts[2]));
            return Time.valueOf(localTime(s.startsWith("-") ? d.negated() : d));
        }
        LocalDateTime t = dateTime(value);
        return t == null ? null : Time.valueOf(t.toLocalTime());
    }

    /** A TIME value as a time of day: an interval outside one day wraps around, as Connector/J reads it. */
    private static LocalTime localTime(Duration d) {
        long nanosOfDay = Math.floorMod(d.toNanos(), 86_400_000_000_000L);
        return LocalTime.ofNanoOfDay(nanosOfDay);
    }

    private static LocalDateTime dateTime(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (value instanceof String s) {
            try {
                return LocalDateTime.parse(s.strip().replace('T', ' '), TEXT);
            } catch (DateTimeParseException e) {
                throw SqlExceptions.badValue("Value '" + s + "' is not a date or time");
            }
        }
        throw SqlExceptions.badValue("Value '" + Values.asString(value) + "' is not a date or time");
    }

    static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        return Values.asString(value).getBytes(StandardCharsets.UTF_8);
    }

    /** BIT(n) values as Connector/J gives their bytes: big-endian, (n + 7) / 8 of them. */
    static byte[] bytes(Object value, SqlType sqlType) {
        if (value instanceof Long bits && sqlType.typeName().equals("BIT")) {
            int length = Math.max(1, (sqlType.precision() + 7) / 8);
            byte[] bytes = new byte[length];
            for (int i = length - 1; i >= 0; i--) {
                bytes[i] = (byte) (bits >>> (8 * (length - 1 - i)));
            }
            return bytes;
        }
        return bytes(value);
    }

    static boolean handles(Class<?> type) {
        return type == LocalDate.class || type == LocalDateTime.class || type == LocalTime.class
                || type == Timestamp.class || type == Date.class || type == Time.class || type == java.util.Date.class
                || type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class
                || type == Duration.class || type == byte[].class;
    }

    /** getObject(column, Class) for the date, time and byte classes. */
    static Object as(Object value, Class<?> type) throws SQLException {
        if (type == byte[].class) {
            return bytes(value);
        }
        if (type == Duration.class) {
            if (value instanceof Duration d) {
                return d;
            }
            return Duration.ofNanos(time(value).toLocalTime().toNanoOfDay());
        }
        if (type == LocalTime.class || type == Time.class) {
            Time time = time(value);
            LocalTime local = value instanceof Duration d ? localTime(d) : time.toLocalTime();
            return type == Time.class ? time : local;
        }
        LocalDateTime t = dateTime(value);
        if (type == LocalDate.class) {
            return t.toLocalDate();
        }
        if (type == Date.class) {
            return Date.valueOf(t.toLocalDate());
        }
        if (type == LocalDateTime.class) {
            return t;
        }
        if (type == Timestamp.class || type == java.util.Date.class) {
            return Timestamp.valueOf(t);
        }
        ZonedDateTime zoned = t.atZone(ZoneId.systemDefault());
        if (type == OffsetDateTime.class) {
            return zoned.toOffsetDateTime();
        }
        if (type == ZonedDateTime.class) {
            return zoned;
        }
        return zoned.toInstant();
    }

    /** A parameter value of a date, time or byte class as the engine takes it, or null if it is none of them. */
    static Object bindable(Object x) {
        if (x instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (x instanceof Date d) {
            return d.toLocalDate();
        }
        if (x instanceof Time t) {
            return Duration.ofNanos(t.toLocalTime().toNanoOfDay());
        }
        if (x instanceof java.util.Date d) {
            return new Timestamp(d.getTime()).toLocalDateTime();
        }
        if (x instanceof LocalDateTime || x instanceof LocalDate || x instanceof Duration || x instanceof byte[]) {
            return x;
        }
        if (x instanceof LocalTime t) {
            return Duration.ofNanos(t.toNanoOfDay());
        }
        if (x instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        }
        if (x instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        }
        if (x instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneId.systemDefault());
        }
        return null;
    }
}
