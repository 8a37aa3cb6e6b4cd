package org.seqdb.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A value's text as MariaDB sends it in a result row (what {@code ResultSet.getString} gives),
 * what a value turns into when stored in a text column, and what error messages quote:
 * decimals in plain notation with their scale, doubles in MariaDB's shortest form
 * ({@code my_gcvt}: 1e3 is 1000, 1e15 is 1e15, 1e-5 is 0.00001), FLOAT values with 6
 * significant digits placed the same way, dates and times as MariaDB writes them, bytes as
 * UTF-8 text, everything else as itself.
 */
public final class ValueText {
    /** MariaDB's DBL_DIG: doubles whose point is further out than this are written with an exponent. */
    private static final int DBL_DIG = 15;
    /** MariaDB's FLT_DIG: the significant digits of a FLOAT value's text. */
    private static final int FLT_DIG = 6;

    private ValueText() {
    }

    /** A value's text; date-times and times with their fraction only when it is not zero. */
    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
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

    /**
     * The shortest digits that read back as {@code value}, placed as my_gcvt places them: plainly
     * when the point falls within 14 places before the first digit and 15 after it (or inside the
     * digits), else as d.ddde[-]x.
     */
    public static String ofDouble(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        return place(shortest(Math.abs(value)), value < 0);
    }

    /** A FLOAT column's value (held as the double of the float): 6 significant digits, placed as doubles are. */
    public static String ofFloat(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return Float.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal digits = new BigDecimal(Math.abs(value)).round(new MathContext(FLT_DIG, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        return place(digits, value < 0);
    }

    private static String place(BigDecimal exact, boolean negative) {
        String digits = exact.unscaledValue().toString();
        int length = digits.length();
        int point = length - exact.scale();
        StringBuilder text = new StringBuilder(negative ? "-" : "");
        if (point >= -DBL_DIG + 1 && (point <= DBL_DIG || length > point)) {
            if (point <= 0) {
                text.append("0.").append("0".repeat(-point)).append(digits);
            } else if (point < length) {
                text.append(digits, 0, point).append('.').append(digits, point, length);
            } else {
                text.append(digits).append("0".repeat(point - length));
            }
            return text.toString();
        }
        text.append(digits.charAt(0));
        if (length > 1) {
            text.append('.').append(digits, 1, length);
        }
        int exponent = point - 1;
        return text.append('e').append(exponent).toString();
    }

    /** The fewest significant digits that read back as {@code value} (Double.toString is not always that). */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** A DATETIME / TIMESTAMP value with {@code digits} fractional digits: {@code 2024-01-02 03:04:05.120}. */
    public static String ofDateTime(LocalDateTime t, int digits) {
        return ofDate(t.toLocalDate()) + ' ' + two(t.getHour()) + ':' + two(t.getMinute()) + ':' + two(t.getSecond())
                + fraction(t.getNano(), digits);
    }

    public static String ofDate(LocalDate d) {
        String year = String.valueOf(d.getYear());
        return "0000".substring(Math.min(4, year.length())) + year + '-' + two(d.getMonthValue()) + '-'
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
}
