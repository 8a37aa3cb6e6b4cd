package org.seqdb.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A value's text as MariaDB sends it in a result row (what {@code ResultSet.getString} gives):
 * decimals in plain notation with their scale, doubles in MariaDB's shortest form
 * ({@code my_gcvt}: 1e3 is 1000, 1e15 is 1e15, 1e-5 is 0.00001), everything else as itself.
 */
public final class ValueText {
    /** MariaDB's DBL_DIG: doubles whose point is further out than this are written with an exponent. */
    private static final int DBL_DIG = 15;

    private ValueText() {
    }

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
        return value.toString();
    }

    /**
     * The shortest digits that read back as {@code value}, placed as my_gcvt places them: plainly
     * when the point falls within 14 places before the first digit and 15 after it (or inside the
     * digits), else as d.ddde[-]x.
     */
    static String ofDouble(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = shortest(Math.abs(value));
        String digits = exact.unscaledValue().toString();
        int length = digits.length();
        int point = length - exact.scale();
        StringBuilder text = new StringBuilder(value < 0 ? "-" : "");
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
}
