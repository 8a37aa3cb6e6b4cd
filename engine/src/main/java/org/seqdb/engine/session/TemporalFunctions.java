package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.table.TemporalCoercion;

/**
 * MariaDB's date and time functions over DATE (LocalDate), DATETIME (LocalDateTime) and TIME
 * (Duration, which may pass 24 hours or be negative) values, and text or numbers read as them:
 * a text that is no date or time is NULL with warning 1292 (naming the column when the
 * argument is one). The current date and time are the statement's: read once per statement.
 */
final class TemporalFunctions {
    private TemporalFunctions() {
    }

    /**
     * @param a        the evaluated arguments (units of EXTRACT, TIMESTAMPADD, TIMESTAMPDIFF as their words)
     * @param where    for argument i, what a 1292 warning adds after the value (the column and row), or ""
     * @param now      the statement's current date and time
     */
    static Object call(String name, Object[] a, IntFunction<String> where, Consumer<Notice> warnings,
                       LocalDateTime now) {
        switch (name) {
            case "CURDATE", "CURRENT_DATE" -> {
                return now.toLocalDate();
            }
            case "CURTIME", "CURRENT_TIME" -> {
                return Duration.ofNanos(truncate(now, digits(a)).toLocalTime().toNanoOfDay());
            }
            case "NOW", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP" -> {
                return truncate(now, digits(a));
            }
            case "SYSDATE" -> {
                return truncate(LocalDateTime.now(java.time.ZoneId.systemDefault()), digits(a));
            }
            case "UTC_DATE" -> {
                return utcNow().toLocalDate();
            }
            case "UTC_TIME" -> {
                return Duration.ofNanos(truncate(utcNow(), digits(a)).toLocalTime().toNanoOfDay());
            }
            case "UTC_TIMESTAMP" -> {
                return truncate(utcNow(), digits(a));
            }
            default -> {
            }
        }
        for (Object value : a) {
            if (value == null) {
                return null;
            }
        }
        return switch (name) {
            case "YEAR", "MONTH", "DAY", "DAYOFMONTH", "DAYOFWEEK", "WEEKDAY", "DAYOFYEAR", "WEEKOFYEAR", "WEEK",
                 "QUARTER", "DAYNAME", "MONTHNAME", "LAST_DAY", "DATE", "TO_DAYS" -> {
                LocalDateTime t = dateTime(a[0], where.apply(0), warnings);
                yield t == null ? null : datePart(name, t, a.length > 1 ? Arithmetic.toLong(a[1]) : 0);
            }
            case "HOUR", "MINUTE", "SECOND", "MICROSECOND", "TIME" -> {
                Duration d = time(a[0], where.apply(0), warnings);
                yield d == null ? null : timePart(name, d);
            }
            case "EXTRACT" -> extract((String) a[0], a[1], where.apply(1), warnings);
            case "TIMESTAMPADD" -> {
                LocalDateTime t = dateTime(a[2], where.apply(2), warnings);
                yield t == null ? null : add((String) a[0], Arithmetic.toLong(a[1]), t, a[2] instanceof LocalDate);
            }
            case "TIMESTAMPDIFF" -> {
                LocalDateTime from = dateTime(a[1], where.apply(1), warnings);
                LocalDateTime to = dateTime(a[2], where.apply(2), warnings);
                yield from == null || to == null ? null : difference((String) a[0], from, to);
            }
            case "DATEDIFF" -> {
                LocalDateTime first = dateTime(a[0], where.apply(0), warnings);
                LocalDateTime second = dateTime(a[1], where.apply(1), warnings);
                yield first == null || second == null ? null
                        : (Object) ChronoUnit.DAYS.between(second.toLocalDate(), first.toLocalDate());
            }
            case "DATE_FORMAT" -> {
                LocalDateTime t = dateTime(a[0], where.apply(0), warnings);
                yield t == null ? null : DateFormats.format(t, TextFunctions.text(a[1]));
            }
            default -> Functions.UNKNOWN;
        };
    }

    /** True for the functions of this family. */
    static boolean has(String name) {
        return switch (name) {
            case "CURDATE", "CURRENT_DATE", "UTC_DATE", "CURTIME", "CURRENT_TIME", "NOW", "CURRENT_TIMESTAMP",
                 "LOCALTIME", "LOCALTIMESTAMP", "SYSDATE", "UTC_TIME", "UTC_TIMESTAMP", "YEAR", "MONTH", "DAY",
                 "DAYOFMONTH", "DAYOFWEEK", "WEEKDAY", "DAYOFYEAR", "WEEKOFYEAR", "QUARTER", "DAYNAME", "MONTHNAME",
                 "LAST_DAY", "DATE", "TO_DAYS", "HOUR", "MINUTE", "SECOND", "MICROSECOND", "TIME", "WEEK", "EXTRACT",
                 "DATEDIFF", "DATE_FORMAT", "TIMESTAMPADD", "TIMESTAMPDIFF", "DATE_ADD", "DATE_SUB", "UNIX_TIMESTAMP",
                 "FROM_UNIXTIME" -> true;
            default -> false;
        };
    }

    private static LocalDateTime utcNow() {
        return LocalDateTime.now(java.time.ZoneOffset.UTC);
    }

    private static int digits(Object[] a) {
        return a.length == 0 || a[0] == null ? 0 : (int) Math.max(0, Math.min(6, Arithmetic.toLong(a[0])));
    }

    static LocalDateTime truncate(LocalDateTime t, int digits) {
        long unit = (long) Math.pow(10, 9 - digits);
        return t.withNano((int) (t.getNano() / unit * unit));
    }

    /** A value read as a date-time: dates at midnight, numbers as YYYYMMDD[HHMMSS], text in MariaDB's formats. */
    static LocalDateTime dateTime(Object value, String where, Consumer<Notice> warnings) {
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (value instanceof Duration d) {
            return LocalDate.now(java.time.ZoneId.systemDefault()).atStartOfDay().plus(d);
        }
        LocalDateTime parsed = TemporalCoercion.isNumber(value) ? numberAsDateTime(value, warnings)
                : TemporalCoercion.parseDateTime(TextFunctions.text(value).strip());
        if (parsed == null) {
            warnings.accept(Notice.warning(ErrorCode.ER_WRONG_TEMPORAL_VALUE, "datetime", TextFunctions.text(value),
                    where));
        }
        return parsed;
    }

    /**
     * A number read as a date-time by MariaDB's number_to_datetime ({@link TemporalCoercion#numberToDateTime});
     * a fraction cut off a date alone adds a note (1292 Truncated incorrect date value). Null if it is none.
     */
    private static LocalDateTime numberAsDateTime(Object number, Consumer<Notice> warnings) {
        LocalDateTime t = TemporalCoercion.numberToDateTime(number);
        if (t != null && TemporalCoercion.dropsFraction(number)) {
            warnings.accept(Notice.note(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "date", TextFunctions.text(number)));
        }
        return t;
    }

    /** A value read as a TIME: a date-time's time of day, text as a time (or else as a date-time). */
    static Duration time(Object value, String where, Consumer<Notice> warnings) {
        if (value instanceof Duration d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return Duration.ofNanos(t.toLocalTime().toNanoOfDay());
        }
        if (value instanceof LocalDate) {
            return Duration.ZERO;
        }
        String text = TextFunctions.text(value).strip();
        Duration parsed = TemporalCoercion.parseTime(text);
        if (parsed == null) {
            LocalDateTime t = TemporalCoercion.parseDateTime(text);
            parsed = t == null ? null : Duration.ofNanos(t.toLocalTime().toNanoOfDay());
        }
        if (parsed == null) {
            warnings.accept(Notice.warning(ErrorCode.ER_WRONG_TEMPORAL_VALUE, "time", text, where));
        }
        return parsed;
    }

    private static Object datePart(String name, LocalDateTime t, long mode) {
        LocalDate d = t.toLocalDate();
        return switch (name) {
            case "YEAR" -> (long) d.getYear();
            case "MONTH" -> (long) d.getMonthValue();
            case "DAY", "DAYOFMONTH" -> (long) d.getDayOfMonth();
            case "DAYOFWEEK" -> (long) (d.getDayOfWeek().getValue() % 7 + 1);
            case "WEEKDAY" -> (long) (d.getDayOfWeek().getValue() - 1);
            case "DAYOFYEAR" -> (long) d.getDayOfYear();
            case "WEEKOFYEAR" -> (long) d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case "WEEK" -> (long) week(d, mode);
            case "QUARTER" -> (long) ((d.getMonthValue() + 2) / 3);
            case "DAYNAME" -> DateFormats.dayName(d);
            case "MONTHNAME" -> DateFormats.monthName(d);
            case "LAST_DAY" -> d.withDayOfMonth(d.lengthOfMonth());
            case "TO_DAYS" -> dayNumber(d);
            default -> d;
        };
    }

    /**
     * TO_DAYS: MariaDB's calc_daynr, whose calendar has no 29 February in year 0 (ISO's year 0 is a
     * leap year), so from 0000-03-01 on it is one day less than the days since 0000-01-01 plus one.
     */
    private static long dayNumber(LocalDate d) {
        long year = d.getYear();
        long month = d.getMonthValue();
        long days = 365 * year + 31 * (month - 1) + d.getDayOfMonth();
        if (month <= 2) {
            year--;
        } else {
            days -= (month * 4 + 23) / 10;
        }
        // C's division truncates towards zero; so does Java's
        long centuries = (year / 100 + 1) * 3 / 4;
        return days + year / 4 - centuries;
    }

    /**
     * WEEK(d, mode) for the modes MariaDB's default_week_format takes: 0 (weeks start on Sunday,
     * week 1 has the year's first Sunday, days before it are week 0) and the others approximated by
     * their first-day rule.
     */
    private static int week(LocalDate d, long mode) {
        boolean mondayFirst = (mode & 1) != 0;
        DayOfWeek first = mondayFirst ? DayOfWeek.MONDAY : DayOfWeek.SUNDAY;
        LocalDate jan1 = d.withDayOfYear(1);
        int offset = (first.getValue() - jan1.getDayOfWeek().getValue() + 7) % 7;
        LocalDate firstWeekStart = jan1.plusDays(offset);
        if (d.isBefore(firstWeekStart)) {
            return 0;
        }
        return (int) (ChronoUnit.DAYS.between(firstWeekStart, d) / 7) + 1;
    }

    private static Object timePart(String name, Duration d) {
        Duration abs = d.abs();
        return switch (name) {
            case "HOUR" -> abs.toHours();
            case "MINUTE" -> (long) abs.toMinutesPart();
            case "SECOND" -> (long) abs.toSecondsPart();
            case "MICROSECOND" -> (long) (abs.toNanosPart() / 1000);
            default -> d;
        };
    }

    /** EXTRACT(unit FROM x): a TIME's hours are counted within the day and carry its sign. */
    private static Object extract(String unit, Object value, String where, Consumer<Notice> warnings) {
        boolean ofTime = value instanceof Duration;
        if (ofTime || isTimeUnit(unit) && !(value instanceof LocalDate) && !(value instanceof LocalDateTime)
                && TemporalCoercion.parseDateTime(TextFunctions.text(value).strip()) == null) {
            Duration d = time(value, where, warnings);
            return d == null ? null : extractTime(unit, d);
        }
        LocalDateTime t = dateTime(value, where, warnings);
        if (t == null) {
            return null;
        }
        return switch (unit) {
            case "YEAR" -> (long) t.getYear();
            case "QUARTER" -> (long) ((t.getMonthValue() + 2) / 3);
            case "MONTH" -> (long) t.getMonthValue();
            case "WEEK" -> (long) week(t.toLocalDate(), 0);
            case "DAY" -> (long) t.getDayOfMonth();
            case "YEAR_MONTH" -> t.getYear() * 100L + t.getMonthValue();
            case "DAY_HOUR" -> t.getDayOfMonth() * 100L + t.getHour();
            case "DAY_MINUTE" -> (t.getDayOfMonth() * 100L + t.getHour()) * 100 + t.getMinute();
            case "DAY_SECOND" -> ((t.getDayOfMonth() * 100L + t.getHour()) * 100 + t.getMinute()) * 100 + t.getSecond();
            case "DAY_MICROSECOND" -> (((t.getDayOfMonth() * 100L + t.getHour()) * 100 + t.getMinute()) * 100
                    + t.getSecond()) * 1_000_000 + t.getNano() / 1000;
            default -> extractTime(unit, Duration.ofNanos(t.toLocalTime().toNanoOfDay()));
        };
    }

    private static boolean isTimeUnit(String unit) {
        return unit.startsWith("HOUR") || unit.startsWith("MINUTE") || unit.startsWith("SECOND")
                || unit.equals("MICROSECOND");
    }

    private static Object extractTime(String unit, Duration d) {
        long sign = d.isNegative() ? -1 : 1;
        Duration abs = d.abs();
        long days = abs.toDays();
        long hour = abs.toHoursPart();
        long minute = abs.toMinutesPart();
        long second = abs.toSecondsPart();
        long micro = abs.toNanosPart() / 1000;
        long value = switch (unit) {
            case "HOUR" -> hour;
            case "MINUTE" -> minute;
            case "SECOND" -> second;
            case "MICROSECOND" -> micro;
            case "HOUR_MINUTE" -> hour * 100 + minute;
            case "HOUR_SECOND" -> (hour * 100 + minute) * 100 + second;
            case "HOUR_MICROSECOND" -> ((hour * 100 + minute) * 100 + second) * 1_000_000 + micro;
            case "MINUTE_SECOND" -> minute * 100 + second;
            case "MINUTE_MICROSECOND" -> (minute * 100 + second) * 1_000_000 + micro;
            case "SECOND_MICROSECOND" -> second * 1_000_000 + micro;
            case "DAY" -> days;
            case "DAY_HOUR" -> days * 100 + hour;
            case "DAY_MINUTE" -> (days * 100 + hour) * 100 + minute;
            case "DAY_SECOND" -> ((days * 100 + hour) * 100 + minute) * 100 + second;
            default -> 0;
        };
        return sign * value;
    }

    /**
     * DATE_ADD(date, INTERVAL n unit): a DATE stays a DATE for whole days, a DATE-TIME stays one, and
     * text gives text: the date alone when it had no time of day and whole days were added, else the
     * date and time with {@code textDigits} fractional digits (six for microseconds). A result
     * outside 0001-01-01 ... 9999-12-31 is NULL with warning 1441, as in MariaDB.
     */
    static Object dateAdd(String unit, IntervalValue interval, Object date, int textDigits, String where,
                          Consumer<Notice> warnings) {
        LocalDateTime t = dateTime(date, where, warnings);
        if (t == null) {
            return null;
        }
        LocalDateTime result;
        try {
            result = interval.addTo(t);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            result = null;
        }
        if (result == null || result.getYear() < 1 || result.getYear() > 9999) {
            warnings.accept(Notice.warning(ErrorCode.ER_DATETIME_FUNCTION_OVERFLOW, "datetime"));
            return null;
        }
        if (date instanceof LocalDate || date instanceof LocalDateTime) {
            return date instanceof LocalDate && isDateUnit(unit) ? result.toLocalDate() : result;
        }
        if (TemporalCoercion.isNumber(date)) {
            if (!TemporalCoercion.numberHasTime(date) && isDateUnit(unit)) {
                return result.toLocalDate().toString();
            }
            int digits = date instanceof BigDecimal decimal ? Math.max(0, Math.min(6, decimal.scale())) : 0;
            return org.seqdb.engine.ValueText.ofDateTime(result, unit.endsWith("MICROSECOND") ? 6 : digits);
        }
        String text = TextFunctions.text(date).strip();
        boolean hasTime = text.indexOf(':') >= 0 || text.indexOf(' ') >= 0 || text.indexOf('T') >= 0
                || TemporalCoercion.digitsHaveTime(text);
        if (!hasTime && isDateUnit(unit)) {
            return result.toLocalDate().toString();
        }
        return org.seqdb.engine.ValueText.ofDateTime(result, unit.endsWith("MICROSECOND") ? 6 : textDigits);
    }

    /**
     * UNIX_TIMESTAMP(x): the seconds since 1970-01-01 00:00:00 UTC of x in the session's time zone
     * (the system's, @@time_zone SYSTEM), with {@code digits} fractional digits (a DECIMAL then).
     */
    static Object unixTimestamp(Object value, int digits, String where, Consumer<Notice> warnings) {
        LocalDateTime t = dateTime(value, where, warnings);
        if (t == null) {
            return null;
        }
        java.time.Instant instant = t.atZone(java.time.ZoneId.systemDefault()).toInstant();
        if (instant.getEpochSecond() < 0) {
            return null;
        }
        if (digits == 0) {
            return instant.getEpochSecond();
        }
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                .setScale(digits, java.math.RoundingMode.DOWN);
    }

    /** FROM_UNIXTIME(n [, format]): the date-time n seconds after the epoch, in the session's time zone. */
    static Object fromUnixTime(Object seconds, Object format) {
        BigDecimal n = Arithmetic.toDecimal(seconds);
        if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(32536771199L)) > 0) {
            return null;
        }
        long whole = n.longValue();
        long nanos = n.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue() / 1000 * 1000;
        LocalDateTime t = LocalDateTime.ofInstant(java.time.Instant.ofEpochSecond(whole, nanos),
                java.time.ZoneId.systemDefault());
        return format == null ? t : DateFormats.format(t, TextFunctions.text(format));
    }

    /** TIMESTAMPADD: a DATE stays a DATE when whole days are added (months keep the day where the month has it). */
    private static Object add(String unit, long n, LocalDateTime t, boolean date) {
        LocalDateTime result = IntervalValue.of(unit, n).addTo(t);
        return date && isDateUnit(unit) ? result.toLocalDate() : result;
    }

    private static boolean isDateUnit(String unit) {
        return switch (unit) {
            case "DAY", "WEEK", "MONTH", "QUARTER", "YEAR", "YEAR_MONTH" -> true;
            default -> false;
        };
    }

    private static Object difference(String unit, LocalDateTime from, LocalDateTime to) {
        return switch (unit) {
            case "MICROSECOND" -> ChronoUnit.MICROS.between(from, to);
            case "SECOND" -> ChronoUnit.SECONDS.between(from, to);
            case "MINUTE" -> ChronoUnit.MINUTES.between(from, to);
            case "HOUR" -> ChronoUnit.HOURS.between(from, to);
            case "DAY" -> ChronoUnit.DAYS.between(from, to);
            case "WEEK" -> ChronoUnit.WEEKS.between(from, to);
            case "MONTH" -> ChronoUnit.MONTHS.between(from, to);
            case "QUARTER" -> ChronoUnit.MONTHS.between(from, to) / 3;
            default -> ChronoUnit.YEARS.between(from, to);
        };
    }

    /** The type TIMESTAMPADD gives: a DATE for whole days added to a DATE, else a DATETIME. */
    static ExprType addType(Expression unit, ExprType argument) {
        if (argument == null) {
            return null;
        }
        String word = unit instanceof Expression.Keyword k ? k.word() : "";
        if (argument.kind() == ExprType.Kind.DATE && isDateUnit(word)) {
            return ExprType.DATE;
        }
        int scale = word.endsWith("MICROSECOND") ? 6 : argument.isTemporal() ? argument.scale() : 0;
        return ExprType.dateTime(scale);
    }
}
