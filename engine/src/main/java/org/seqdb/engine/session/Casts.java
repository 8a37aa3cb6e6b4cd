package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.sql.ast.Expression;

/**
 * CAST(x AS type) and CONVERT(x, type) as MariaDB converts: text to a number reads its leading
 * number (warning 1292 for the rest), a decimal to an integer rounds half away from zero, a
 * double rounds to the nearest even, a negative number to UNSIGNED wraps (note 1105), a decimal
 * that does not fit DECIMAL(p,s) is its largest value (warning 1264), text that is no date is
 * NULL (warning 1292), dates to numbers are YYYYMMDD[HHMMSS].
 */
final class Casts {
    private static final Pattern INTEGER_PREFIX = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL_PREFIX = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private Casts() {
    }

    /**
     * @param value    the operand's value (temporal values already as text when CHAR is wanted)
     * @param where    what a 1292 about a date adds: the column and row, or ""
     * @param row      the row number 1264 names
     */
    static Object cast(Object value, Expression.Cast cast, String where, int row, Consumer<Notice> warnings) {
        if (value == null) {
            return null;
        }
        Expression.CastTarget target = cast.target();
        return switch (target.type()) {
            case "CHAR" -> chars(TextFunctions.text(value), target.length(), warnings);
            case "BINARY" -> binary(value, target.length(), warnings);
            case "SIGNED" -> signed(value, warnings);
            case "UNSIGNED" -> unsigned(value, warnings);
            case "DECIMAL" -> decimal(value, target, cast.text(), row, warnings);
            case "DOUBLE" -> Arithmetic.toDouble(Arithmetic.number(temporalNumber(value), warnings));
            case "FLOAT" -> (double) (float) Arithmetic.toDouble(Arithmetic.number(temporalNumber(value), warnings));
            case "DATE" -> {
                LocalDateTime t = temporal(value, where, warnings);
                yield t == null ? null : t.toLocalDate();
            }
            case "DATETIME" -> {
                LocalDateTime t = temporal(value, where, warnings);
                yield t == null ? null : TemporalFunctions.truncate(t, digits(target));
            }
            default -> {
                Duration d = value instanceof LocalDate ? Duration.ZERO : TemporalFunctions.time(value, where, warnings);
                yield d == null ? null : truncate(d, digits(target));
            }
        };
    }

    /** The type a cast gives. */
    static ExprType type(Expression.CastTarget target, ExprType operand) {
        return switch (target.type()) {
            case "CHAR" -> ExprType.TEXT;
            case "BINARY" -> ExprType.BINARY;
            case "SIGNED" -> ExprType.BIGINT;
            case "UNSIGNED" -> ExprType.UNSIGNED;
            case "DECIMAL" -> ExprType.decimal(target.scale() == null ? 0 : target.scale());
            case "DOUBLE" -> ExprType.DOUBLE;
            case "FLOAT" -> new ExprType(ExprType.Kind.FLOAT, NumberFunctions.NOT_FIXED);
            case "DATE" -> ExprType.DATE;
            case "DATETIME" -> ExprType.dateTime(digits(target));
            default -> ExprType.time(digits(target));
        };
    }

    private static int digits(Expression.CastTarget target) {
        return target.length() == null ? 0 : Math.min(6, target.length());
    }

    private static Duration truncate(Duration d, int digits) {
        long unit = (long) Math.pow(10, 9 - digits);
        long nanos = d.abs().toNanosPart() % unit;
        return d.isNegative() ? d.plusNanos(nanos) : d.minusNanos(nanos);
    }

    private static Object chars(String text, Integer length, Consumer<Notice> warnings) {
        if (length == null || text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        warnings.accept(Notice.warning(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "CHAR(" + length + ")", text));
        return TextFunctions.substring(text, 1, length);
    }

    private static Object binary(Object value, Integer length, Consumer<Notice> warnings) {
        byte[] bytes = value instanceof byte[] b ? b : TextFunctions.text(value).getBytes(StandardCharsets.UTF_8);
        if (length == null || bytes.length == length) {
            return bytes;
        }
        if (bytes.length < length) {
            return Arrays.copyOf(bytes, length);
        }
        warnings.accept(Notice.warning(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "BINARY(" + length + ")",
                TextFunctions.text(value)));
        return Arrays.copyOf(bytes, length);
    }

    /** A date as YYYYMMDD, a date-time as YYYYMMDDHHMMSS, a time as HHMMSS: the numbers MariaDB makes of them. */
    private static Object temporalNumber(Object value) {
        if (value instanceof LocalDate d) {
            return (long) (d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth());
        }
        if (value instanceof LocalDateTime t) {
            long date = t.getYear() * 10000L + t.getMonthValue() * 100 + t.getDayOfMonth();
            return date * 1_000_000 + t.getHour() * 10000L + t.getMinute() * 100 + t.getSecond();
        }
        if (value instanceof Duration d) {
            Duration abs = d.abs();
            long n = abs.toHours() * 10000 + abs.toMinutesPart() * 100 + abs.toSecondsPart();
            return d.isNegative() ? -n : n;
        }
        return value;
    }

    private static Object signed(Object value, Consumer<Notice> warnings) {
        Object number = temporalNumber(value);
        if (number instanceof String text) {
            return integerPrefix(text, warnings);
        }
        return toLong(Arithmetic.numeric(number), "SIGNED BIGINT", warnings);
    }

    /** Text as an integer as MariaDB reads it: its leading integer (0 if none), warning 1292 for anything after it. */
    static long integerPrefix(String text, Consumer<Notice> warnings) {
        String stripped = text.strip();
        Matcher m = INTEGER_PREFIX.matcher(stripped);
        boolean found = m.lookingAt();
        if (!found || m.end() < stripped.length()) {
            warnings.accept(Notice.warning(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", text));
        } else if (stripped.length() != text.length()) {
            // surrounding spaces only: a note, as MariaDB gives
            warnings.accept(Notice.note(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", text));
        }
        if (!found) {
            return 0;
        }
        BigInteger parsed = new BigInteger(m.group());
        return parsed.bitLength() < 64 ? parsed.longValue() : parsed.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** A number as a BIGINT: decimals half away from zero, doubles to the nearest even; beyond the range the end of it (note 1916). */
    private static long toLong(Object number, String type, Consumer<Notice> warnings) {
        if (number instanceof Long l) {
            return l;
        }
        BigDecimal value;
        if (number instanceof Double d) {
            value = BigDecimal.valueOf(Math.rint(d));
        } else {
            value = Arithmetic.toDecimal(number).setScale(0, RoundingMode.HALF_UP);
        }
        BigInteger whole = value.toBigInteger();
        if (whole.bitLength() < 64) {
            return whole.longValue();
        }
        warnings.accept(Notice.note(ErrorCode.ER_DATA_OVERFLOW, org.seqdb.engine.ValueText.of(number), type));
        return whole.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    private static Object unsigned(Object value, Consumer<Notice> warnings) {
        Object number = temporalNumber(value);
        if (number instanceof String text) {
            number = integerPrefix(text, warnings);
        }
        number = Arithmetic.numeric(number);
        if (number instanceof Long l) {
            if (l < 0) {
                warnings.accept(Notice.note(ErrorCode.ER_UNKNOWN_ERROR,
                        "Cast to unsigned converted negative integer to it's positive complement"));
                return BigInteger.valueOf(l).add(TWO_TO_64);
            }
            return l;
        }
        if (number instanceof BigInteger big) {
            return big;
        }
        BigDecimal rounded = (number instanceof Double d ? BigDecimal.valueOf(Math.rint(d))
                : Arithmetic.toDecimal(number)).setScale(0, RoundingMode.HALF_UP);
        if (rounded.signum() < 0) {
            warnings.accept(Notice.warning(ErrorCode.ER_DATA_OVERFLOW, org.seqdb.engine.ValueText.of(number),
                    "UNSIGNED INT"));
            return 0L;
        }
        BigInteger whole = rounded.toBigInteger();
        return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
    }

    /** DECIMAL(p,s), (10,0) when not given: rounded to s places, the largest value of the type (warning 1264) when it does not fit. */
    private static Object decimal(Object value, Expression.CastTarget target, String text, int row,
                                  Consumer<Notice> warnings) {
        int precision = target.length() == null ? 10 : target.length();
        int scale = target.scale() == null ? 0 : target.scale();
        Object number = temporalNumber(value);
        BigDecimal decimal;
        if (number instanceof String s) {
            Matcher m = DECIMAL_PREFIX.matcher(s.strip());
            if (!m.lookingAt() || m.end() < s.strip().length()) {
                warnings.accept(Notice.warning(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DECIMAL", s));
            }
            decimal = m.lookingAt() ? new BigDecimal(m.group()) : BigDecimal.ZERO;
        } else {
            decimal = Arithmetic.toDecimal(Arithmetic.numeric(number));
        }
        BigDecimal rounded = decimal.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal limit = BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
        if (rounded.abs().compareTo(limit) > 0) {
            warnings.accept(Notice.warning(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, text, row));
            return rounded.signum() < 0 ? limit.negate() : limit;
        }
        return rounded;
    }

    private static LocalDateTime temporal(Object value, String where, Consumer<Notice> warnings) {
        Object read = value instanceof Long || value instanceof BigInteger ? String.valueOf(value) : value;
        return TemporalFunctions.dateTime(read, where, warnings);
    }
}
