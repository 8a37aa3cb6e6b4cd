package org.seqdb.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Values as MariaDB writes them in text: what a client's getString sees, what a value turns into
 * when stored in a text column, and what error messages quote. Doubles and floats follow the
 * server's rules (checked against MariaDB 10.11): the shortest digits that read back as the same
 * double (6 significant digits for FLOAT), in fixed notation when the decimal exponent is within
 * -15..14 and as {@code 1.5e20} otherwise.
 */
public final class ValueText {
    private static final int MOST_DIGITS_BEFORE_POINT = 15;
    private static final int MOST_ZEROS_AFTER_POINT = 14;
    private static final int FLOAT_DIGITS = 6;

    private ValueText() {
    }

    /** A value's text; temporal values with their fraction only when it is not zero. */
    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double d) {
            return ofDouble(d);
        }
        if (value instanceof Float f) {
            return ofFloat(f);
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof LocalDateTime t) {
            return ofDateTime(t, t.getNano() == 0 ? 0 : 6);
        }
        if (value instanceof Duration d) {
            return ofTime(d, d.getNano() == 0 ? 0 : 6);
        }
        if (value instanceof LocalDate d) {
            return ofDate(d);
        }
        return value.toString();
    }

    /** A DATETIME / TIMESTAMP value with {@code digits} fractional digits: {@code 2024-01-02 03:04:05.120}. */
    public static String ofDateTime(LocalDateTime t, int digits) {
        return ofDate(t.toLocalDate()) + ' ' + two(t.getHour()) + ':' + two(t.getMinute()) + ':' + two(t.getSecond())
                + fraction(t.getNano(), digits);
    }

    public static String ofDate(LocalDate d) {
        int year = d.getYear();
        String y = String.valueOf(year);
        return "0000".substring(Math.min(4, y.length())) + y + '-' + two(d.getMonthValue()) + '-'
                + two(d.getDayOfMonth());
    }

    /** A TIME value (an interval up to 838 hours, possibly negative): {@code -12:34:56}. */
    public static String ofTime(Duration d, int digits) {
        boolean negative = d.isNegative();
        Duration abs = d.abs();
        long hours = abs.toHours();
        return (negative ? "-" : "") + (hours < 10 ? "0" : "") + hours + ':' + two(abs.toMinutesPart()) + ':'
                + two(abs.toSecondsPart()) + fraction(abs.toNanosPart(), digits);
    }

    private static String fraction(int nanos, int digits) {
        if (digits <= 0) {
            return "";
        }
        String all = String.valueOf(1_000_000_000L + nanos).substring(1);
        return '.' + all.substring(0, Math.min(digits, 9));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    public static String ofDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                shortest = candidate;
                break;
            }
        }
        return layout(shortest);
    }

    public static String ofFloat(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            return Float.isNaN(f) ? "nan" : f > 0 ? "inf" : "-inf";
        }
        if (f == 0) {
            return "0";
        }
        return layout(new BigDecimal(f).round(new MathContext(FLOAT_DIGITS, RoundingMode.HALF_EVEN)));
    }

    /** Digits of {@code value} in fixed or exponent notation, as the server chooses. */
    private static String layout(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int pointAt = digits.length() - stripped.scale();
        StringBuilder text = new StringBuilder(stripped.signum() < 0 ? "-" : "");
        if (pointAt > MOST_DIGITS_BEFORE_POINT || pointAt < -MOST_ZEROS_AFTER_POINT) {
            text.append(digits.charAt(0));
            if (digits.length() > 1) {
                text.append('.').append(digits, 1, digits.length());
            }
            return text.append('e').append(pointAt - 1).toString();
        }
        if (pointAt <= 0) {
            text.append("0.").append("0".repeat(-pointAt)).append(digits);
        } else if (pointAt >= digits.length()) {
            text.append(digits).append("0".repeat(pointAt - digits.length()));
        } else {
            text.append(digits, 0, pointAt).append('.').append(digits, pointAt, digits.length());
        }
        return text.toString();
    }
}
